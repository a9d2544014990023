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

import th.bma.anticorruption.support.rules.ShippedDefaults;
import th.bma.anticorruption.support.rules.ShippedDefaults.Comparison;
import th.bma.anticorruption.support.rules.ShippedDefaults.Difference;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * The screening rules and the only way to change them: a change is validated (the rule and the set it would make),
 * stored as the next immutable version with an audit entry, and the rule set is recompiled and swapped into the
 * book's {@link CorruptionScreening}. Every instance polls the store's revision ({@link #refresh}) and recompiles when
 * another instance changed a rule. On start, the shipped default rules reach the store ({@link #start}): a rule the
 * seed last wrote follows what ships, a rule the director changed stays the director's.
 */
public class ScreeningRuleBook {

    private static final Logger log = LoggerFactory.getLogger(ScreeningRuleBook.class);
    private static final ShippedDefaults<ScreeningRule> SHIPPED = new ShippedDefaults<>(ScreeningRule::ruleId,
            ScreeningRule::createdBy, ScreeningRule::sameContentAs);

    private final ScreeningRuleStore store;
    private final ScreeningRuleValidator validator;
    private final Clock clock;
    private final CorruptionScreening screening;
    private volatile List<ScreeningRule> shipped = List.of();

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

    /**
     * Brings the store up to the shipped defaults, then loads and checks the rule set: seeds each default rule the
     * store lacks as its version 1; appends, as the seed's next version with an audit entry, each default rule whose
     * version in force the seed wrote and the release has changed; keeps a version the director wrote, logging that the
     * shipped default differs. Instances starting at once append one version: the store refuses the second.
     */
    public void start(List<ScreeningRule> defaults) {
        for (ScreeningRule rule : defaults) {
            List<FieldViolation> violations = validator.validateRule(rule.ruleId(),
                    draftOf(rule, rule.changeNote(), 0));
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Default screening rule " + rule.ruleId() + " is invalid: "
                        + violations);
            }
        }
        shipped = List.copyOf(defaults);
        Comparison<ScreeningRule> comparison = SHIPPED.compare(shipped, store.latestVersions());
        long seeded = comparison.absent().stream().filter(store::insert).count();
        if (seeded > 0) {
            log.info("Seeded {} default screening rules", seeded);
        }
        updateToShipped(comparison.outdated());
        comparison.overridden().forEach(kept -> log.warn("Screening rule {} keeps version {}, which the director "
                + "wrote; the shipped default differs from it", kept.inForce().ruleId(), kept.inForce().version()));
        reload();
        List<FieldViolation> violations = validator.validateSet(current().rules());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The stored screening rules are invalid: " + violations);
        }
    }

    /**
     * The rules in force whose version the director wrote and whose shipped default differs from it: the director may
     * want to look at what the release ships.
     */
    public List<String> shippedDefaultsDiffering() {
        return SHIPPED.differing(shipped, current().rules());
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
        ShippedDefaults.refuseSeedAuthor(ruleId, changedBy);
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
        ScreeningRule next = versionAfter(inForce, ruleId, draft, changedBy, now);
        List<FieldViolation> setViolations = validator.validateSet(with(current().rules(), List.of(next)));
        if (!setViolations.isEmpty()) {
            throw new RequestRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "With screening rule " + ruleId + " so changed, the rules would not screen texts.", setViolations);
        }
        if (!append(next)) {
            throw new RequestRejectedException(HttpStatus.CONFLICT, "Screening rule " + ruleId + " changed concurrently.",
                    List.of(new FieldViolation("expectedVersion", "current-version", "Reload the rule and retry.")));
        }
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

    /** Appends the default rules whose version in force the seed wrote and that ship otherwise now. */
    private void updateToShipped(List<Difference<ScreeningRule>> outdated) {
        if (outdated.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<ScreeningRule> updates = outdated.stream().map(difference -> versionAfter(difference.inForce().version(),
                difference.shipped().ruleId(), draftOf(difference.shipped(), ShippedDefaults.UPDATE_NOTE, null),
                ShippedDefaults.AUTHOR, now)).toList();
        List<String> ruleIds = updates.stream().map(ScreeningRule::ruleId).toList();
        List<FieldViolation> violations = validator.validateSet(with(store.latestVersions(), updates));
        if (!violations.isEmpty()) {
            log.warn("Shipped defaults of screening rules {} not applied: with the stored rules they would break {}",
                    ruleIds, violations);
            return;
        }
        // Another instance starting at the same time may have appended the same version: the store refuses ours.
        List<String> updated = updates.stream().filter(this::append).map(ScreeningRule::ruleId).toList();
        if (!updated.isEmpty()) {
            log.info("Updated screening rules {} to their shipped defaults", updated);
        }
    }

    private static ScreeningRule versionAfter(int inForce, String ruleId, ScreeningRuleDraft draft, String author,
            Instant at) {
        return new ScreeningRule(ScreeningRule.idOf(ruleId, inForce + 1), ruleId, inForce + 1, draft.kind(),
                draft.effect(), draft.enabled(), ScreeningRule.normalised(draft.groups()), draft.window(),
                draft.reason(), draft.description().strip(), at, author, draft.changeNote().strip());
    }

    /** Stores the next version with its audit entry; false if another change took that version first. */
    private boolean append(ScreeningRule next) {
        if (!store.insert(next)) {
            return false;
        }
        store.audit(new ScreeningRuleAuditEntry(UUID.randomUUID().toString(), next.ruleId(), next.version() - 1,
                next.version(), next.createdBy(), next.createdAt(), next.changeNote()));
        return true;
    }

    private static List<ScreeningRule> with(Collection<ScreeningRule> rules, List<ScreeningRule> next) {
        Set<String> replaced = next.stream().map(ScreeningRule::ruleId).collect(Collectors.toSet());
        List<ScreeningRule> changed = new ArrayList<>(rules);
        changed.removeIf(rule -> replaced.contains(rule.ruleId()));
        changed.addAll(next);
        return changed;
    }

    private static ScreeningRuleDraft draftOf(ScreeningRule rule, String changeNote, Integer expectedVersion) {
        return new ScreeningRuleDraft(rule.kind(), rule.effect(), rule.enabled(), rule.groups(), rule.window(),
                rule.reason(), rule.description(), changeNote, expectedVersion);
    }
}
