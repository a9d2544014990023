package th.bma.anticorruption.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;
import th.bma.anticorruption.testkit.MutableClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * A release's corrected default rule reaches a store seeded by an earlier release: a rule the seed last wrote follows
 * what ships, as an audited version of the seed's; a rule the centre changed stays the centre's, and the log says the
 * default differs; a correction that would clash with the centre's own table is not applied.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShippedRoutingRulesTest {

    private static final String NACC_LEVELS = "ACCUSED-EXECUTIVE-LEVEL-NACC";
    private static final RoutingFacts DIVISION_LEVEL = new RoutingFacts("อำนวยการต้น", null, LineOfWork.REVENUE, 0.9,
            Set.of(), AccusedUnitFinding.INFERRED, false);

    private final MutableClock clock = new MutableClock(TestFixtures.CLOCK.instant());
    private final InMemoryRuleStore store = new InMemoryRuleStore();

    @Test
    void aRuleTheSeedWroteThatShipsCorrectedGetsTheSeedsNextVersionAuditedAndASecondStartAppendsNothing() {
        seedEarlierRelease(withoutDivisionLevels(shippedRule(NACC_LEVELS)));
        assertThat(new RuleTable(store.latestVersions()).firstMatch(DIVISION_LEVEL)).get()
                .extracting(RoutingRule::ruleId).isNotEqualTo(NACC_LEVELS);
        clock.advance(Duration.ofDays(30));

        RuleBook book = started();

        RoutingRule corrected = book.current().rule(NACC_LEVELS).orElseThrow();
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.createdBy()).isEqualTo("seed");
        assertThat(corrected.changeNote()).isEqualTo("Shipped default updated");
        assertThat(corrected.createdAt()).isEqualTo(clock.instant());
        assertThat(corrected.when()).isEqualTo(shippedRule(NACC_LEVELS).when());
        assertThat(book.current().firstMatch(DIVISION_LEVEL)).get().extracting(RoutingRule::ruleId)
                .isEqualTo(NACC_LEVELS);
        assertThat(book.auditTrail()).singleElement().isEqualTo(new RuleAuditEntry(book.auditTrail().get(0).id(),
                NACC_LEVELS, 1, 2, "seed", clock.instant(), "Shipped default updated"));
        assertThat(book.current().rules()).filteredOn(rule -> !rule.ruleId().equals(NACC_LEVELS))
                .allSatisfy(rule -> assertThat(rule.version()).isEqualTo(1));

        clock.advance(Duration.ofHours(1));
        started();
        assertThat(store.versions(NACC_LEVELS)).hasSize(2);
        assertThat(store.auditTrail()).hasSize(1);
    }

    @Test
    void aRuleTheCentreChangedKeepsTheCentresVersionAndTheLogNamesIt(CapturedOutput output) {
        RoutingRule old = withoutDivisionLevels(shippedRule(NACC_LEVELS));
        seedEarlierRelease(old);
        RoutingRule own = new RoutingRule(RoutingRule.idOf(NACC_LEVELS, 2), NACC_LEVELS, 2, old.priority(), true,
                old.when(), old.then(), "ส่ง ป.ป.ช. ตามที่ศูนย์กำหนด", old.reasonEn(), clock.instant(), "director",
                "ถ้อยคำของศูนย์");
        store.insert(own);

        RuleBook book = started();

        assertThat(book.current().rule(NACC_LEVELS)).contains(own);
        assertThat(store.versions(NACC_LEVELS)).hasSize(2);
        assertThat(store.auditTrail()).isEmpty();
        assertThat(output.getOut()).containsPattern("WARN.*Routing rule " + NACC_LEVELS
                + " keeps version 2, which the centre wrote; the shipped default differs from it");
        assertThat(book.shippedDefaultsDiffering()).containsExactly(NACC_LEVELS);
    }

    @Test
    void theRulesListedAsDifferingFollowTheDirectorsChangesAndATunedThresholdIsNotOne() {
        RuleBook book = started();
        assertThat(book.shippedDefaultsDiffering()).as("a fresh start").isEmpty();
        RoutingRule shipped = book.current().rule(NACC_LEVELS).orElseThrow();
        RoutingRule triage = book.current().rule(RuleBook.TRIAGE_RULE).orElseThrow();

        book.change(NACC_LEVELS, draftOf(shipped, shipped.reasonTh(), "Referred to the NACC as the centre decided.",
                1), "director");
        book.change(RuleBook.TRIAGE_RULE, new RuleDraft(triage.priority(), true,
                new RuleCondition(null, null, null, null, 0.35, null, null), triage.then(), triage.reasonTh(),
                triage.reasonEn(), "ศูนย์ปรับเกณฑ์", 1), "director");

        assertThat(book.shippedDefaultsDiffering()).containsExactly(NACC_LEVELS);
        assertThat(started(0.5).shippedDefaultsDiffering()).as("after a restart, as the start warns")
                .containsExactly(NACC_LEVELS);

        book.change(NACC_LEVELS, draftOf(shipped, " " + shipped.reasonTh(), shipped.reasonEn(), 2), "director");
        assertThat(book.shippedDefaultsDiffering()).as("the director took the shipped default back").isEmpty();
    }

    @Test
    void noAccountNamedAsTheSeedChangesARule() {
        RuleBook book = started();
        RoutingRule shipped = book.current().rule(NACC_LEVELS).orElseThrow();

        assertThatThrownBy(() -> book.change(NACC_LEVELS, draftOf(shipped, shipped.reasonTh(), "Changed.", 1),
                "seed"))
                .isInstanceOfSatisfying(RequestRejectedException.class, refused -> {
                    assertThat(refused.status().value()).isEqualTo(403);
                    assertThat(refused.getMessage()).contains(NACC_LEVELS);
                    assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("changedBy", "reserved-author"));
                });
        assertThat(store.versions(NACC_LEVELS)).hasSize(1);
        assertThat(store.auditTrail()).isEmpty();
    }

    @Test
    void aCorrectionThatWouldTakeAPriorityTheCentreGaveItsOwnRuleIsNotApplied(CapturedOutput output) {
        RoutingRule wg1 = shippedRule("AREA-EDUCATION-WG1");
        seedEarlierRelease(new RoutingRule(wg1.id(), wg1.ruleId(), 1, 650, wg1.enabled(), wg1.when(), wg1.then(),
                wg1.reasonTh(), wg1.reasonEn(), wg1.createdAt(), "seed", wg1.changeNote()));
        store.insert(new RoutingRule(RoutingRule.idOf("CENTRE-SPORTS", 1), "CENTRE-SPORTS", 1, 700, true,
                new RuleCondition(null, null, null, List.of("SPORTS"), null, null, null),
                new RuleTarget(TargetType.TRIAGE, null), "เรื่องกีฬา", "Sports", clock.instant(), "director", "ใหม่"));

        RuleBook book = started();

        assertThat(book.current().rule("AREA-EDUCATION-WG1").orElseThrow().priority()).isEqualTo(650);
        assertThat(store.auditTrail()).isEmpty();
        assertThat(output.getOut()).contains("not updated: with the stored table they would break");
    }

    @Test
    void aChangedTriageThresholdInConfigurationLeavesTheStoredThresholdAlone() {
        started(0.65);
        started(0.2);

        assertThat(store.versions(RuleBook.TRIAGE_RULE)).singleElement()
                .extracting(rule -> rule.when().confidenceBelow()).isEqualTo(0.65);
    }

    /** The store as the earlier release left it: the shipped table with one rule as that release shipped it. */
    private void seedEarlierRelease(RoutingRule asShippedThen) {
        InMemoryRuleStore current = new InMemoryRuleStore();
        new RuleBook(current, new RuleValidator(TestFixtures.DIRECTORY), clock).start(defaults(),
                JsonMapper.builder().build(), 0.5);
        current.latestVersions().stream()
                .map(rule -> rule.ruleId().equals(asShippedThen.ruleId()) ? asShippedThen : rule)
                .forEach(store::insert);
    }

    private RoutingRule shippedRule(String ruleId) {
        InMemoryRuleStore current = new InMemoryRuleStore();
        new RuleBook(current, new RuleValidator(TestFixtures.DIRECTORY), clock).start(defaults(),
                JsonMapper.builder().build(), 0.5);
        return current.version(ruleId, 1).orElseThrow();
    }

    private static RuleDraft draftOf(RoutingRule rule, String reasonTh, String reasonEn, int expectedVersion) {
        return new RuleDraft(rule.priority(), rule.enabled(), rule.when(), rule.then(), reasonTh, reasonEn,
                "ถ้อยคำของศูนย์", expectedVersion);
    }

    private static RoutingRule withoutDivisionLevels(RoutingRule rule) {
        RuleCondition when = rule.when();
        List<String> levels = when.positionLevels().stream().filter(level -> !level.startsWith("อำนวยการ")).toList();
        return new RoutingRule(rule.id(), rule.ruleId(), 1, rule.priority(), rule.enabled(),
                new RuleCondition(levels, when.positionTitles(), when.linesOfWork(), when.topics(),
                        when.confidenceBelow(), when.accusedUnit(), when.screeningDoubted()),
                rule.then(), rule.reasonTh(), rule.reasonEn(), Instant.parse("2026-01-05T03:00:00Z"), "seed",
                "Default rule table");
    }

    private RuleBook started() {
        return started(0.5);
    }

    private RuleBook started(double triageThreshold) {
        RuleBook book = new RuleBook(store, new RuleValidator(TestFixtures.DIRECTORY), clock);
        book.start(defaults(), JsonMapper.builder().build(), triageThreshold);
        return book;
    }

    private java.io.InputStream defaults() {
        return getClass().getResourceAsStream("/rules/default-rules.json");
    }
}
