package th.bma.anticorruption.intake.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rule store of the unit tests: insert-only versions, a shared store standing for two instances' database. */
final class InMemoryScreeningRuleStore implements ScreeningRuleStore {

    private final Map<String, ScreeningRule> versions = new ConcurrentHashMap<>();
    private final List<ScreeningRuleAuditEntry> audit = new CopyOnWriteArrayList<>();

    @Override
    public boolean insert(ScreeningRule rule) {
        return versions.putIfAbsent(rule.id(), rule) == null;
    }

    @Override
    public void audit(ScreeningRuleAuditEntry entry) {
        audit.add(entry);
    }

    @Override
    public long revision() {
        return versions.size();
    }

    @Override
    public Collection<ScreeningRule> latestVersions() {
        return versions.values().stream().collect(Collectors.toMap(ScreeningRule::ruleId, Function.identity(),
                (a, b) -> a.version() >= b.version() ? a : b)).values();
    }

    @Override
    public List<ScreeningRule> versions(String ruleId) {
        return versions.values().stream().filter(r -> r.ruleId().equals(ruleId))
                .sorted(Comparator.comparingInt(ScreeningRule::version)).toList();
    }

    @Override
    public Optional<ScreeningRule> version(String ruleId, int version) {
        return Optional.ofNullable(versions.get(ScreeningRule.idOf(ruleId, version)));
    }

    @Override
    public List<ScreeningRuleAuditEntry> auditTrail() {
        List<ScreeningRuleAuditEntry> newestFirst = new ArrayList<>(audit);
        newestFirst.sort(Comparator.comparing(ScreeningRuleAuditEntry::changedAt).reversed());
        return newestFirst;
    }
}
