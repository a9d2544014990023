package th.bma.anticorruption.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.support.web.RequestRejectedException;
import tools.jackson.databind.json.JsonMapper;

class RuleBookTest {

    private final InMemoryRuleStore store = new InMemoryRuleStore();
    private final RuleBook book = new RuleBook(store, new RuleValidator(TestFixtures.DIRECTORY), TestFixtures.CLOCK);

    @Test
    void seedsTheDefaultTableOnceWithTheConfiguredTriageThreshold() {
        start(0.65);
        start(0.2);

        RoutingRule triage = book.current().rule(RuleBook.TRIAGE_RULE).orElseThrow();
        assertThat(triage.when().confidenceBelow()).isEqualTo(0.65);
        assertThat(store.versions(RuleBook.TRIAGE_RULE)).hasSize(1);
        assertThat(book.current().rules()).hasSize(14)
                .extracting(RoutingRule::priority).isSorted();
        assertThat(book.current().knownLevels()).contains("ชำนาญการ", "ชำนาญการพิเศษ", "อาวุโส");
    }

    @Test
    void anUpgradeSeedsTheRulesTheStoreLacksAndLeavesTheCentresOwnVersionsAlone() {
        start(0.5);
        book.change(RuleBook.TRIAGE_RULE, triageDraft(0.7, 1), "director");
        InMemoryRuleStore olderStore = new InMemoryRuleStore();
        store.latestVersions().stream()
                .filter(rule -> !rule.ruleId().startsWith("ACCUSED-UNIT-")
                        && !rule.ruleId().equals("SCREENING-DOUBT-TRIAGE"))
                .forEach(olderStore::insert);
        RuleBook upgraded = new RuleBook(olderStore, new RuleValidator(TestFixtures.DIRECTORY), TestFixtures.CLOCK);

        upgraded.start(getClass().getResourceAsStream("/rules/default-rules.json"), JsonMapper.builder().build(), 0.5);

        assertThat(upgraded.current().rules()).extracting(RoutingRule::ruleId)
                .contains("ACCUSED-UNIT-INTERNAL-TRACK", "ACCUSED-UNIT-UNSURE-TRIAGE", "SCREENING-DOUBT-TRIAGE")
                .hasSize(14);
        RoutingRule triage = upgraded.current().rule(RuleBook.TRIAGE_RULE).orElseThrow();
        assertThat(triage.version()).isEqualTo(2);
        assertThat(triage.when().confidenceBelow()).isEqualTo(0.7);
    }

    @Test
    void aNewDefaultRuleThatWouldClashWithTheCentresTableIsNotSeeded() {
        start(0.5);
        InMemoryRuleStore olderStore = new InMemoryRuleStore();
        store.latestVersions().stream()
                .filter(rule -> !rule.ruleId().equals("ACCUSED-UNIT-INTERNAL-TRACK"))
                .forEach(olderStore::insert);
        // the centre moved working group 3's rule to the priority the new default rule takes
        RoutingRule wg3 = store.latestVersions().stream()
                .filter(rule -> rule.ruleId().equals("AREA-CITY-LAW-ENFORCEMENT-WG3")).findFirst().orElseThrow();
        olderStore.insert(new RoutingRule(RoutingRule.idOf(wg3.ruleId(), 2), wg3.ruleId(), 2, 950, true, wg3.when(),
                wg3.then(), wg3.reasonTh(), wg3.reasonEn(), TestFixtures.CLOCK.instant(), "director", "ย้ายลำดับ"));
        RuleBook upgraded = new RuleBook(olderStore, new RuleValidator(TestFixtures.DIRECTORY), TestFixtures.CLOCK);

        upgraded.start(getClass().getResourceAsStream("/rules/default-rules.json"), JsonMapper.builder().build(), 0.5);

        assertThat(upgraded.current().rules()).extracting(RoutingRule::ruleId)
                .doesNotContain("ACCUSED-UNIT-INTERNAL-TRACK").hasSize(13);
        assertThat(upgraded.current().rule("AREA-CITY-LAW-ENFORCEMENT-WG3").orElseThrow().priority()).isEqualTo(950);
        assertThat(olderStore.versions("ACCUSED-UNIT-INTERNAL-TRACK")).isEmpty();
    }

    @Test
    void aChangeIsTheNextVersionInForceWithAnAuditEntryAndTheOldVersionKept() {
        start(0.5);

        RoutingRule changed = book.change(RuleBook.TRIAGE_RULE, triageDraft(0.7, 1), "director");

        assertThat(changed.version()).isEqualTo(2);
        assertThat(book.current().rule(RuleBook.TRIAGE_RULE)).contains(changed);
        assertThat(book.version(RuleBook.TRIAGE_RULE, 1).when().confidenceBelow()).isEqualTo(0.5);
        assertThat(book.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.fromVersion()).isEqualTo(1);
            assertThat(entry.toVersion()).isEqualTo(2);
            assertThat(entry.changedBy()).isEqualTo("director");
            assertThat(entry.changedAt()).isEqualTo(TestFixtures.CLOCK.instant());
        });
    }

    @Test
    void anInvalidChangeLeavesTheTableAsItWas() {
        start(0.5);
        RuleTable before = book.current();

        assertThatThrownBy(() -> book.change(RuleBook.TRIAGE_RULE, triageDraft(1.5, 1), "director"))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("when.confidenceBelow"));
        assertThatThrownBy(() -> book.change("AREA-PUBLIC-WORKS-WG2", new RuleDraft(900, true,
                RuleCondition.always(), new RuleTarget(TargetType.DIRECTORY_BODY, "WG-2"), "ซ้ำ", "Same priority",
                "ทดสอบ", null), "director"))
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY));
        assertThatThrownBy(() -> book.change("AREA-PUBLIC-WORKS-WG2", new RuleDraft(800, true,
                RuleCondition.always(), new RuleTarget(TargetType.DIRECTORY_BODY, "WG-2"), "ทุกเรื่อง", "Everything",
                "ลืมเงื่อนไข", null), "director"))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.rule()).containsExactly("reachable"));
        assertThatThrownBy(() -> book.change(RuleBook.TRIAGE_RULE, triageDraft(0.6, 3), "director"))
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));

        assertThat(book.current().rules()).isEqualTo(before.rules());
        assertThat(book.auditTrail()).isEmpty();
    }

    @Test
    void aRuleCanBeAddedAheadOfTheOthers() {
        start(0.5);

        book.change("ACCUSED-EMPLOYEE-INTERNAL-TRACK", new RuleDraft(550, true,
                new RuleCondition(null, List.of("ลูกจ้างประจำ", "ลูกจ้างชั่วคราว"), null, null, null, null, null),
                new RuleTarget(TargetType.DIRECTORY_BODY, "CSC-OFFICE"), "ผู้ถูกกล่าวหาเป็นลูกจ้าง ส่งสำนักงาน ก.ก.",
                "The accused is an employee: the ก.ก. office.", "ลูกจ้างเข้าสู่กระบวนการภายใน", 0), "director");

        assertThat(book.current().firstMatch(new RoutingFacts(null, "ลูกจ้างประจำ", null, 0.9, java.util.Set.of(),
                null, false)))
                .get().extracting(RoutingRule::ruleId).isEqualTo("ACCUSED-EMPLOYEE-INTERNAL-TRACK");
    }

    private void start(double threshold) {
        book.start(getClass().getResourceAsStream("/rules/default-rules.json"), JsonMapper.builder().build(),
                threshold);
    }

    private static RuleDraft triageDraft(double threshold, Integer expectedVersion) {
        return new RuleDraft(600, true, new RuleCondition(null, null, null, null, threshold, null, null),
                new RuleTarget(TargetType.TRIAGE, null), "ความเชื่อมั่น {confidence} ต่ำ",
                "Confidence {confidence} is low.", "ปรับเกณฑ์", expectedVersion);
    }
}
