package th.bma.anticorruption.routing.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rule store for unit tests: the same insert-only semantics as MongoDB's unique id. */
public final class InMemoryRuleStore implements RuleStore {

    private final Map<String, RoutingRule> rules = new LinkedHashMap<>();
    private final List<RuleAuditEntry> audit = new ArrayList<>();

    @Override
    public synchronized boolean insert(RoutingRule rule) {
        return rules.putIfAbsent(rule.id(), rule) == null;
    }

    @Override
    public synchronized void audit(RuleAuditEntry entry) {
        audit.add(0, entry);
    }

    @Override
    public synchronized boolean isEmpty() {
        return rules.isEmpty();
    }

    @Override
    public synchronized Collection<RoutingRule> latestVersions() {
        Map<String, RoutingRule> latest = new LinkedHashMap<>();
        rules.values().forEach(r -> latest.merge(r.ruleId(), r, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(latest.values());
    }

    @Override
    public synchronized List<RoutingRule> versions(String ruleId) {
        return rules.values().stream().filter(r -> r.ruleId().equals(ruleId))
                .sorted(Comparator.comparingInt(RoutingRule::version)).toList();
    }

    @Override
    public synchronized Optional<RoutingRule> version(String ruleId, int version) {
        return Optional.ofNullable(rules.get(RoutingRule.idOf(ruleId, version)));
    }

    @Override
    public synchronized List<RuleAuditEntry> auditTrail() {
        return List.copyOf(audit);
    }
}
