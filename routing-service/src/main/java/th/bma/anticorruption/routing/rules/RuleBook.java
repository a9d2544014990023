package th.bma.anticorruption.routing.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * id the store does not have yet.
 */
public class RuleBook {

    public static final String TRIAGE_RULE = "TRIAGE-LOW-CONFIDENCE";
    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    private final RuleStore store;
    private final RuleValidator validator;
    private final Clock clock;
    private volatile RuleTable table = new RuleTable(List.of());

    public RuleBook(RuleStore store, RuleValidator validator, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
    }

    public RuleTable current() {
        return table;
    }

    /**
     * Seeds the default rules the store does not have yet (all of them on first start, the triage threshold from
     * configuration; after an upgrade, the rule ids the new default table added), then loads the table. A rule id the
     * store already has is never touched: its versions are the centre's. New default rules that would make an invalid
     * table with the centre's own (a priority taken, say) are not seeded, and the log says why.
     */
    public void start(InputStream defaults, JsonMapper mapper, double triageThreshold) {
        Collection<RoutingRule> stored = store.latestVersions();
        Set<String> known = new HashSet<>();
        stored.forEach(rule -> known.add(rule.ruleId()));
        List<RoutingRule> missing = new ArrayList<>();
        for (SeedRule seed : readSeed(defaults, mapper)) {
            if (known.contains(seed.ruleId())) {
                continue;
            }
            RuleCondition when = TRIAGE_RULE.equals(seed.ruleId())
                    ? new RuleCondition(null, null, null, null, triageThreshold, null, null)
                    : seed.when();
            RoutingRule rule = new RoutingRule(RoutingRule.idOf(seed.ruleId(), 1), seed.ruleId(), 1,
                    seed.priority(), seed.enabled(), when, seed.then(), seed.reasonTh(), seed.reasonEn(),
                    clock.instant(), "seed", "Default rule table");
            List<FieldViolation> violations = validator.validateRule(seed.ruleId(), draftOf(rule));
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Default rule " + seed.ruleId() + " is invalid: " + violations);
            }
            missing.add(rule);
        }
        if (!missing.isEmpty()) {
            List<RoutingRule> candidate = new ArrayList<>(stored);
            candidate.addAll(missing);
            List<FieldViolation> clashes = validator.validateTable(new RuleTable(candidate));
            if (stored.isEmpty() || clashes.isEmpty()) {
                missing.forEach(store::insert);
                log.info("Seeded {} default routing rules: {}", missing.size(),
                        missing.stream().map(RoutingRule::ruleId).toList());
            } else {
                log.warn("Default routing rules {} not seeded: with the stored table they would break {}",
                        missing.stream().map(RoutingRule::ruleId).toList(), clashes);
            }
        }
        reload();
        List<FieldViolation> violations = validator.validateTable(table);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The stored routing rule table is invalid: " + violations);
        }
    }

    /** Rebuilds the in-memory table from the store (also picks up changes another instance made). */
    public void reload() {
        table = new RuleTable(store.latestVersions());
    }

    /** Validates and stores the next version of a rule; the next decision uses it, past decisions keep theirs. */
    public synchronized RoutingRule change(String ruleId, RuleDraft draft, String changedBy) {
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
        if (!store.insert(next)) {
            throw new RequestRejectedException(Rejection.CONFLICT, "Rule " + ruleId + " changed concurrently.",
                    List.of(new FieldViolation("expectedVersion", "current-version", "Reload the rule and retry.")));
        }
        store.audit(new RuleAuditEntry(UUID.randomUUID().toString(), ruleId, inForce, next.version(), changedBy, now,
                next.changeNote()));
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
