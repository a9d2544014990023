package th.bma.anticorruption.intake.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * The screening rules and the only way to change them: a change is validated (the rule and the set it would make),
 * stored as the next immutable version with an audit entry, and the rule set is recompiled and swapped into the
 * book's {@link CorruptionScreening}. Every instance polls the store's revision ({@link #refresh}) and recompiles when
 * another instance changed a rule. On start, each default rule whose id the store does not hold yet is seeded as its
 * version 1; the stored versions are never overwritten by the defaults.
 */
public class ScreeningRuleBook {

    private static final Logger log = LoggerFactory.getLogger(ScreeningRuleBook.class);

    private final ScreeningRuleStore store;
    private final ScreeningRuleValidator validator;
    private final Clock clock;
    private final CorruptionScreening screening;

    public ScreeningRuleBook(ScreeningRuleStore store, ScreeningRuleValidator validator, Clock clock) {
        this(store, validator, clock, null);
    }

    /** A rule book whose screening also consults the learned signal where no rule decides ({@code null}: none). */
    public ScreeningRuleBook(ScreeningRuleStore store, ScreeningRuleValidator validator, Clock clock,
            LearnedSignal learned) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.screening = new CorruptionScreening(ScreeningRuleSet.of(-1, List.of()), learned);
    }

    /** The screening intake uses: always by the rule set this book last loaded. */
    public CorruptionScreening screening() {
        return screening;
    }

    /** Seeds the default rules the store lacks, then loads and checks the rule set. */
    public void start(List<ScreeningRule> defaults) {
        Set<String> held = store.latestVersions().stream().map(ScreeningRule::ruleId).collect(Collectors.toSet());
        int seeded = 0;
        for (ScreeningRule rule : defaults) {
            List<FieldViolation> violations = validator.validateRule(rule.ruleId(), draftOf(rule, 0));
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Default screening rule " + rule.ruleId() + " is invalid: " + violations);
            }
            if (!held.contains(rule.ruleId()) && store.insert(rule)) {
                seeded++;
            }
        }
        if (seeded > 0) {
            log.info("Seeded {} default screening rules", seeded);
        }
        reload();
        List<FieldViolation> violations = validator.validateSet(current().rules());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The stored screening rules are invalid: " + violations);
        }
    }

    public ScreeningRuleSet current() {
        return screening.inForce();
    }

    /** Recompiles from the store if any instance stored a version since this one last read. */
    public void refresh() {
        if (store.revision() != current().revision()) {
            reload();
        }
    }

    /** Recompiles the rule set from the store. */
    public synchronized void reload() {
        long revision = store.revision();
        ScreeningRuleSet next = ScreeningRuleSet.of(revision, store.latestVersions());
        screening.use(next);
        log.info("Screening rules at revision {} in force ({} rules)", revision, next.rules().size());
    }

    /** Validates and stores the next version of a rule; the next record screened uses it. */
    public synchronized ScreeningRule change(String ruleId, ScreeningRuleDraft draft, String changedBy) {
        List<FieldViolation> violations = validator.validateRule(ruleId, draft);
        if (!violations.isEmpty()) {
            throw new RequestRejectedException(HttpStatus.BAD_REQUEST,
                    "Screening rule " + ruleId + " breaks " + violations.size() + " rule(s).", violations);
        }
        reload();
        int inForce = current().rule(ruleId).map(ScreeningRule::version).orElse(0);
        if (draft.expectedVersion() != null && draft.expectedVersion() != inForce) {
            throw new RequestRejectedException(HttpStatus.CONFLICT, "Screening rule " + ruleId + " is at version "
                    + inForce + ", not " + draft.expectedVersion() + ".", List.of(new FieldViolation("expectedVersion",
                    "current-version", "Reload the rule and apply your change to version " + inForce + ".")));
        }
        Instant now = clock.instant();
        ScreeningRule next = new ScreeningRule(ScreeningRule.idOf(ruleId, inForce + 1), ruleId, inForce + 1,
                draft.kind(), draft.effect(), draft.enabled(), normalised(draft.groups()), draft.window(),
                draft.reason(), draft.description().strip(), now, changedBy, draft.changeNote().strip());
        List<FieldViolation> setViolations = validator.validateSet(with(current().rules(), next));
        if (!setViolations.isEmpty()) {
            throw new RequestRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "With screening rule " + ruleId + " so changed, the rules would not screen texts.", setViolations);
        }
        if (!store.insert(next)) {
            throw new RequestRejectedException(HttpStatus.CONFLICT, "Screening rule " + ruleId + " changed concurrently.",
                    List.of(new FieldViolation("expectedVersion", "current-version", "Reload the rule and retry.")));
        }
        store.audit(new ScreeningRuleAuditEntry(UUID.randomUUID().toString(), ruleId, inForce, next.version(),
                changedBy, now, next.changeNote()));
        reload();
        log.info("Screening rule {} changed to version {} by {}", ruleId, next.version(), changedBy);
        return next;
    }

    public ScreeningRule version(String ruleId, int version) {
        return store.version(ruleId, version).orElseThrow(
                () -> new NotFoundException("Screening rule " + ruleId + " has no version " + version + "."));
    }

    public List<ScreeningRule> versions(String ruleId) {
        List<ScreeningRule> versions = store.versions(ruleId);
        if (versions.isEmpty()) {
            throw new NotFoundException("No screening rule " + ruleId + ".");
        }
        return versions;
    }

    public List<ScreeningRuleAuditEntry> auditTrail() {
        return store.auditTrail();
    }

    private static List<ScreeningRule> with(Collection<ScreeningRule> rules, ScreeningRule next) {
        List<ScreeningRule> changed = new ArrayList<>(rules);
        changed.removeIf(rule -> rule.ruleId().equals(next.ruleId()));
        changed.add(next);
        return changed;
    }

    private static List<List<String>> normalised(List<List<String>> groups) {
        return groups.stream().map(group -> group.stream().map(ThaiText::normalise).toList()).toList();
    }

    private static ScreeningRuleDraft draftOf(ScreeningRule rule, int expectedVersion) {
        return new ScreeningRuleDraft(rule.kind(), rule.effect(), rule.enabled(), rule.groups(), rule.window(),
                rule.reason(), rule.description(), rule.changeNote(), expectedVersion);
    }
}
