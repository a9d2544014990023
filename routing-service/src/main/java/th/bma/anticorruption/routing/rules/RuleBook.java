package th.bma.anticorruption.routing.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule table in force, held in memory so a decision costs no database round trip, and the only way to change it:
 * a change is validated (the rule and the table it would make), stored as the next immutable version with an audit
 * entry, and then the in-memory table is rebuilt. On first start the default table is seeded from
 * {@code rules/default-rules.json}.
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

    /** Seeds the default rules if there are none (the triage threshold from configuration), then loads the table. */
    public void start(InputStream defaults, JsonMapper mapper, double triageThreshold) {
        if (store.isEmpty()) {
            for (SeedRule seed : readSeed(defaults, mapper)) {
                RuleCondition when = TRIAGE_RULE.equals(seed.ruleId())
                        ? new RuleCondition(null, null, null, null, triageThreshold, null)
                        : seed.when();
                RoutingRule rule = new RoutingRule(RoutingRule.idOf(seed.ruleId(), 1), seed.ruleId(), 1,
                        seed.priority(), seed.enabled(), when, seed.then(), seed.reasonTh(), seed.reasonEn(),
                        clock.instant(), "seed", "Default rule table");
                List<FieldViolation> violations = validator.validateRule(seed.ruleId(), draftOf(rule));
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("Default rule " + seed.ruleId() + " is invalid: " + violations);
                }
                store.insert(rule);
            }
            log.info("Seeded the default routing rule table");
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
            throw new RequestRejectedException(HttpStatus.CONFLICT, "Rule " + ruleId + " is at version " + inForce
                    + ", not " + draft.expectedVersion() + ".", List.of(new FieldViolation("expectedVersion",
                    "current-version", "Reload the rule and apply your change to version " + inForce + ".")));
        }
        Instant now = clock.instant();
        RoutingRule next = new RoutingRule(RoutingRule.idOf(ruleId, inForce + 1), ruleId, inForce + 1,
                draft.priority(), draft.enabled(), draft.when(), draft.then(), draft.reasonTh().strip(),
                draft.reasonEn().strip(), now, changedBy, draft.changeNote().strip());
        List<FieldViolation> tableViolations = validator.validateTable(table.with(next));
        if (!tableViolations.isEmpty()) {
            throw new RequestRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "The rule table would not route every complaint unambiguously.", tableViolations);
        }
        if (!store.insert(next)) {
            throw new RequestRejectedException(HttpStatus.CONFLICT, "Rule " + ruleId + " changed concurrently.",
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
