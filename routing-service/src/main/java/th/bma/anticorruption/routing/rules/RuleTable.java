package th.bma.anticorruption.routing.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules in force (the highest version of every rule id), ordered by priority. Immutable: a change builds a new
 * table, so a decision in progress sees one consistent table.
 */
public final class RuleTable {

    private final List<RoutingRule> rules;
    private final List<RoutingRule> active;
    private final Set<String> knownLevels;

    public RuleTable(Collection<RoutingRule> rules) {
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::priority).thenComparing(RoutingRule::ruleId))
                .toList();
        this.active = this.rules.stream().filter(RoutingRule::enabled).toList();
        this.knownLevels = active.stream().flatMap(r -> r.when().positionLevels().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every rule in force, enabled or not, by priority. */
    public List<RoutingRule> rules() {
        return rules;
    }

    public Optional<RoutingRule> rule(String ruleId) {
        return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /** The first enabled rule that matches; the validated table always has a catch-all, so there is one. */
    public Optional<RoutingRule> firstMatch(RoutingFacts facts) {
        return active.stream().filter(r -> r.when().matches(facts)).findFirst();
    }

    /** Every position level some enabled rule names: what a level written inside a title is recognised by. */
    public Set<String> knownLevels() {
        return knownLevels;
    }

    /** This table with one rule replaced by (or extended with) a new version. */
    public RuleTable with(RoutingRule changed) {
        List<RoutingRule> next = new java.util.ArrayList<>(rules.stream()
                .filter(r -> !r.ruleId().equals(changed.ruleId())).toList());
        next.add(changed);
        return new RuleTable(next);
    }
}
