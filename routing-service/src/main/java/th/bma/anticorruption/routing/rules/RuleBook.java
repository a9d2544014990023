package th.bma.anticorruption.routing.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.support.rules.ShippedDefaults;
import th.bma.anticorruption.support.rules.ShippedDefaults.Comparison;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.Rejection;
import th.bma.anticorruption.support.web.RequestRejectedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule table in force, held in memory so a decision costs no database round trip, and the only way to change it:
 * a change is validated (the rule and the table it would make), stored as the next immutable version with an audit
 * entry, and then the in-memory table is rebuilt. The default table ({@code rules/default-rules.json}) seeds every rule
 * id the store does not have yet and updates the rules the seed last wrote ({@link #start}).
 */
public class RuleBook {

    public static final String TRIAGE_RULE = "TRIAGE-LOW-CONFIDENCE";
    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);
    private static final ShippedDefaults<RoutingRule> SHIPPED = new ShippedDefaults<>(RoutingRule::ruleId,
            RoutingRule::createdBy, RoutingRule::sameContentAs);

    private final RuleStore store;
    private final RuleValidator validator;
    private final Clock clock;
    private volatile RuleTable table = new RuleTable(List.of());
    private volatile List<SeedRule> seeds = List.of();
    private volatile double firstTriageThreshold;

    public RuleBook(RuleStore store, RuleValidator validator, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
    }

    public RuleTable current() {
        return table;
    }

    /**
     * Brings the store up to the default table, then loads it: seeds the default rules the store does not have yet (all
     * of them on first start, the triage threshold from configuration; after an upgrade, the rule ids the new default
     * table added), and appends, as the seed's next version with an audit entry, each default rule whose version in
     * force the seed wrote and the release has changed. A rule whose version in force the centre wrote is kept, and the
     * log says that the default differs. The triage threshold stays the stored one once the rule exists: the centre
     * tunes it. Defaults that would make an invalid table with the centre's own rules (a priority taken, say) are not
     * applied, and the log says why. Instances starting at once append one version: the store refuses the second.
     */
    public void start(InputStream defaults, JsonMapper mapper, double triageThreshold) {
        seeds = readSeed(defaults, mapper);
        firstTriageThreshold = triageThreshold;
        Collection<RoutingRule> stored = store.latestVersions();
        Instant now = clock.instant();
        List<RoutingRule> shipped = shippedAgainst(stored, now);
        for (RoutingRule rule : shipped) {
            List<FieldViolation> violations = validator.validateRule(rule.ruleId(), draftOf(rule));
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Default rule " + rule.ruleId() + " is invalid: " + violations);
            }
        }
        Comparison<RoutingRule> comparison = SHIPPED.compare(shipped, stored);
        List<RoutingRule> missing = comparison.absent();
        List<RoutingRule> updates = comparison.outdated().stream().map(outdated -> nextVersion(outdated.inForce(),
                outdated.shipped(), now)).toList();
        if (!missing.isEmpty() || !updates.isEmpty()) {
            RuleTable candidate = new RuleTable(stored);
            for (RoutingRule rule : Stream.concat(missing.stream(), updates.stream()).toList()) {
                candidate = candidate.with(rule);
            }
            List<FieldViolation> clashes = validator.validateTable(candidate);
            if (stored.isEmpty() || clashes.isEmpty()) {
                missing.forEach(store::insert);
                if (!missing.isEmpty()) {
                    log.info("Seeded {} default routing rules: {}", missing.size(), ruleIds(missing));
                }
                // An instance starting at the same time may have appended the same version: the store refuses ours.
                List<RoutingRule> updated = updates.stream().filter(this::append).toList();
                if (!updated.isEmpty()) {
                    log.info("Updated routing rules {} to their shipped defaults", ruleIds(updated));
                }
            } else {
                log.warn("Default routing rules {} not seeded and {} not updated: with the stored table they would "
                        + "break {}", ruleIds(missing), ruleIds(updates), clashes);
            }
        }
        comparison.overridden().forEach(kept -> log.warn("Routing rule {} keeps version {}, which the centre wrote; "
                + "the shipped default differs from it", kept.inForce().ruleId(), kept.inForce().version()));
        reload();
        List<FieldViolation> violations = validator.validateTable(table);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The stored routing rule table is invalid: " + violations);
        }
    }

    /**
     * The rules in force whose version the centre wrote and whose shipped default differs from it, by the comparison
     * {@link #start} makes: the director may want to look at what the release ships.
     */
    public List<String> shippedDefaultsDiffering() {
        List<RoutingRule> inForce = table.rules();
        return SHIPPED.differing(shippedAgainst(inForce, clock.instant()), inForce);
    }

    /** Rebuilds the in-memory table from the store (also picks up changes another instance made). */
    public void reload() {
        table = new RuleTable(store.latestVersions());
    }

    /** Validates and stores the next version of a rule; the next decision uses it, past decisions keep theirs. */
    public synchronized RoutingRule change(String ruleId, RuleDraft draft, String changedBy) {
        ShippedDefaults.refuseSeedAuthor(ruleId, changedBy);
        List<FieldViolation> violations = validator.validateRule(ruleId, draft);
        if (!violations.isEmpty()) {
            throw new RequestRejectedException(violations);
        }
        reload();
        int inForce = table.rule(ruleId).map(RoutingRule::version).orElse(0);
        if (draft.expectedVersion() != null && draft.expectedVersion() != inForce) {
            throw new RequestRejectedException(Rejection.CONFLICT, "Rule " + ruleId + " is at version " + inForce
                    + ", not " + draft.expectedVersion() + ".", List.of(new FieldViolation("expectedVersion",
                    "current-version", "Reload the rule and apply your change to version " + inForce + ".")));
        }
        Instant now = clock.instant();
        RoutingRule next = new RoutingRule(RoutingRule.idOf(ruleId, inForce + 1), ruleId, inForce + 1,
                draft.priority(), draft.enabled(), draft.when(), draft.then(), draft.reasonTh().strip(),
                draft.reasonEn().strip(), now, changedBy, draft.changeNote().strip());
        List<FieldViolation> tableViolations = validator.validateTable(table.with(next));
        if (!tableViolations.isEmpty()) {
            throw new RequestRejectedException(Rejection.UNPROCESSABLE,
                    "The rule table would not route every complaint unambiguously.", tableViolations);
        }
        if (!append(next)) {
            throw new RequestRejectedException(Rejection.CONFLICT, "Rule " + ruleId + " changed concurrently.",
                    List.of(new FieldViolation("expectedVersion", "current-version", "Reload the rule and retry.")));
        }
        reload();
        log.info("Routing rule {} changed to version {} by {}", ruleId, next.version(), changedBy);
        return next;
    }

    public RoutingRule version(String ruleId, int version) {
        return store.version(ruleId, version)
                .orElseThrow(() -> new NotFoundException("Rule " + ruleId + " has no version " + version + "."));
    }

    public List<RoutingRule> versions(String ruleId) {
        List<RoutingRule> versions = store.versions(ruleId);
        if (versions.isEmpty()) {
            throw new NotFoundException("No rule " + ruleId + ".");
        }
        return versions;
    }

    public List<RuleAuditEntry> auditTrail() {
        return store.auditTrail();
    }

    /** Stores the next version with its audit entry; false if another change took that version first. */
    private boolean append(RoutingRule next) {
        if (!store.insert(next)) {
            return false;
        }
        store.audit(new RuleAuditEntry(UUID.randomUUID().toString(), next.ruleId(), next.version() - 1,
                next.version(), next.createdBy(), next.createdAt(), next.changeNote()));
        return true;
    }

    private static RoutingRule nextVersion(RoutingRule inForce, RoutingRule shipped, Instant at) {
        int version = inForce.version() + 1;
        return new RoutingRule(RoutingRule.idOf(shipped.ruleId(), version), shipped.ruleId(), version,
                shipped.priority(), shipped.enabled(), shipped.when(), shipped.then(), shipped.reasonTh().strip(),
                shipped.reasonEn().strip(), at, ShippedDefaults.AUTHOR, ShippedDefaults.UPDATE_NOTE);
    }

    /**
     * The shipped default rules as they would be seeded over these rules: the triage rule with the threshold of the
     * stored one (the centre tunes it), or the configured one while there is none.
     */
    private List<RoutingRule> shippedAgainst(Collection<RoutingRule> stored, Instant now) {
        Double threshold = stored.stream().filter(rule -> TRIAGE_RULE.equals(rule.ruleId())).findFirst()
                .map(rule -> rule.when().confidenceBelow()).orElse(firstTriageThreshold);
        return seeds.stream().map(seed -> new RoutingRule(RoutingRule.idOf(seed.ruleId(), 1), seed.ruleId(), 1,
                seed.priority(), seed.enabled(), TRIAGE_RULE.equals(seed.ruleId())
                        ? new RuleCondition(null, null, null, null, threshold, null, null)
                        : seed.when(),
                seed.then(), seed.reasonTh(), seed.reasonEn(), now, ShippedDefaults.AUTHOR, "Default rule table"))
                .toList();
    }

    private static List<String> ruleIds(List<RoutingRule> rules) {
        return rules.stream().map(RoutingRule::ruleId).toList();
    }

    private static RuleDraft draftOf(RoutingRule rule) {
        return new RuleDraft(rule.priority(), rule.enabled(), rule.when(), rule.then(), rule.reasonTh(),
                rule.reasonEn(), rule.changeNote(), null);
    }

    private static List<SeedRule> readSeed(InputStream json, JsonMapper mapper) {
        try (json) {
            return mapper.readValue(json, new TypeReference<List<SeedRule>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SeedRule(String ruleId, int priority, boolean enabled, RuleCondition when, RuleTarget then,
            String reasonTh, String reasonEn) {
    }
}
