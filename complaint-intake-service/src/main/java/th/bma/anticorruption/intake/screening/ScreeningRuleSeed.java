package th.bma.anticorruption.intake.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.support.rules.ShippedDefaults;

/**
 * The default screening rules shipped with the service ({@code screening/default-rules.json}): what the store is
 * seeded with, each rule as its version 1 the first time the service meets a rule id it does not hold, and as the
 * seed's next version when a release changes a rule whose version in force the seed wrote.
 */
public final class ScreeningRuleSeed {

    public static final String DEFAULT_RESOURCE = "/screening/default-rules.json";
    static final String SEED_NOTE = "Default screening rules";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScreeningRuleSeed() {
    }

    public static List<ScreeningRule> read(InputStream json, Instant at) {
        try (json) {
            Definition definition = JSON.readValue(json, Definition.class);
            return definition.rules().stream().map(seed -> new ScreeningRule(ScreeningRule.idOf(seed.ruleId(), 1),
                    seed.ruleId(), 1, seed.kind(), seed.effect(), seed.enabled() == null || seed.enabled(),
                    seed.groups(), seed.window(), seed.reason(), seed.description(), at, ShippedDefaults.AUTHOR, SEED_NOTE))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ScreeningRule> loadDefault(Instant at) {
        InputStream in = ScreeningRuleSeed.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
        }
        return read(in, at);
    }

    record Definition(String description, List<SeedRule> rules) {
    }

    record SeedRule(String ruleId, RuleKind kind, RuleEffect effect, Boolean enabled, List<List<String>> groups,
            Integer window, String reason, String description) {
    }
}
