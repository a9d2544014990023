package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import th.bma.anticorruption.support.web.RequestRejectedException;
import th.bma.anticorruption.testkit.MutableClock;

/**
 * A release's changed default rules reach a store seeded by an earlier release: a rule the seed last wrote follows
 * what ships, as an audited version of the seed's; a rule the director changed stays the director's, and the log and
 * the rule book say that the shipped default differs.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShippedScreeningRulesTest {

    private static final String MANGO = "ขายมะม่วงบนทางเท้าโดยไม่มีใบอนุญาต";
    private static final String CHANGED = "GHOST-EMPLOYEE-WORDS";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-21T03:00:00Z"));
    private final InMemoryScreeningRuleStore store = new InMemoryScreeningRuleStore();
    private final List<ScreeningRule> earlierRelease = ScreeningRuleSeed.loadDefault(clock.instant());

    @BeforeEach
    void seedByTheEarlierRelease() {
        startedWith(earlierRelease);
        clock.advance(Duration.ofDays(30));
    }

    @Test
    void aRuleTheSeedWroteThatShipsChangedGetsTheSeedsNextVersionAuditedAndInForce() {
        List<ScreeningRule> release = shippedWith(CHANGED, rule -> withWords(rule, "ขายมะม่วง"));
        assertThat(startedWith(earlierRelease).screening().screen(List.of(), MANGO).inScope()).isFalse();

        ScreeningRuleBook book = startedWith(release);

        ScreeningRule updated = book.current().rule(CHANGED).orElseThrow();
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.createdBy()).isEqualTo("seed");
        assertThat(updated.changeNote()).isEqualTo("Shipped default updated");
        assertThat(updated.createdAt()).isEqualTo(clock.instant());
        assertThat(updated.groups().get(0)).endsWith("ขายมะม่วง");
        assertThat(book.version(CHANGED, 1)).isEqualTo(earlierRule(CHANGED));
        assertThat(book.auditTrail()).singleElement().isEqualTo(new ScreeningRuleAuditEntry(
                book.auditTrail().get(0).id(), CHANGED, 1, 2, "seed", clock.instant(), "Shipped default updated"));
        assertThat(book.screening().screen(List.of(), MANGO))
                .extracting(ScreeningVerdict::ruleId, ScreeningVerdict::ruleVersion).containsExactly(CHANGED, 2);
        assertThat(book.shippedDefaultsDiffering()).isEmpty();
    }

    @Test
    void rulesThatShipUnchangedGetNoVersionAndASecondStartAppendsNothing() {
        List<ScreeningRule> release = shippedWith(CHANGED, rule -> withWords(rule, "ขายมะม่วง"));
        startedWith(release);
        long revision = store.revision();
        clock.advance(Duration.ofHours(1));

        ScreeningRuleBook again = startedWith(release);

        assertThat(store.revision()).isEqualTo(earlierRelease.size() + 1L).isEqualTo(revision);
        assertThat(store.auditTrail()).hasSize(1);
        assertThat(again.current().rules()).filteredOn(rule -> !rule.ruleId().equals(CHANGED))
                .hasSize(earlierRelease.size() - 1).allSatisfy(rule -> assertThat(rule.version()).isEqualTo(1));
    }

    @Test
    void aDescriptionOrAnEnabledFlagThatShipsChangedIsAChangeToo() {
        List<ScreeningRule> release = shippedWith("REFUND", rule -> copy(rule, rule.enabled(), rule.groups(),
                rule.description() + " (ทบทวนแล้ว)"));
        release = shippedWith(release, "INFORMANT-REWARD", rule -> copy(rule, false, rule.groups(), rule.description()));

        ScreeningRuleBook book = startedWith(release);

        assertThat(book.current().rule("REFUND").orElseThrow().description()).endsWith("(ทบทวนแล้ว)");
        assertThat(book.current().rule("INFORMANT-REWARD").orElseThrow().enabled()).isFalse();
        assertThat(store.auditTrail()).extracting(ScreeningRuleAuditEntry::ruleId)
                .containsExactlyInAnyOrder("REFUND", "INFORMANT-REWARD");
    }

    @Test
    void aRuleTheDirectorChangedIsKeptAndTheDifferenceIsLoggedByRuleIdOnly(CapturedOutput output) {
        ScreeningRuleBook book = startedWith(earlierRelease);
        ScreeningRule own = book.change(CHANGED, draft(earlierRule(CHANGED), false, 1), "director-client");
        List<ScreeningRule> release = shippedWith(CHANGED, rule -> withWords(rule, "ขายมะม่วง"));

        ScreeningRuleBook restarted = startedWith(release);

        assertThat(restarted.current().rule(CHANGED)).contains(own);
        assertThat(store.versions(CHANGED)).hasSize(2);
        assertThat(store.auditTrail()).singleElement().extracting(ScreeningRuleAuditEntry::changedBy)
                .isEqualTo("director-client");
        assertThat(restarted.shippedDefaultsDiffering()).containsExactly(CHANGED);
        assertThat(output.getOut()).containsPattern("WARN.*Screening rule " + CHANGED
                + " keeps version 2, which the director wrote; the shipped default differs from it")
                .doesNotContain("ขายมะม่วง");
    }

    @Test
    void aRuleTheDirectorChangedBackToWhatShipsIsNotReportedAsDiffering() {
        ScreeningRuleBook book = startedWith(earlierRelease);
        book.change(CHANGED, draft(earlierRule(CHANGED), false, 1), "director-client");
        assertThat(book.shippedDefaultsDiffering()).containsExactly(CHANGED);

        book.change(CHANGED, draft(earlierRule(CHANGED), true, 2), "director-client");

        assertThat(book.shippedDefaultsDiffering()).isEmpty();
        assertThat(startedWith(earlierRelease).current().rule(CHANGED).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void noAccountNamedAsTheSeedChangesARuleSoNoReleaseOverwritesAPersonsVersion() {
        ScreeningRuleBook book = startedWith(earlierRelease);

        assertThatThrownBy(() -> book.change(CHANGED, draft(earlierRule(CHANGED), false, 1), "seed"))
                .isInstanceOf(RequestRejectedException.class).hasMessageContaining(CHANGED);
        assertThat(store.versions(CHANGED)).hasSize(1);
        assertThat(store.auditTrail()).isEmpty();
    }

    @Test
    void aRuleNoLongerShippedStaysAsItIs() {
        List<ScreeningRule> release = new ArrayList<>(earlierRelease);
        release.removeIf(rule -> rule.ruleId().equals("REFUND"));

        ScreeningRuleBook book = startedWith(release);

        assertThat(book.current().rule("REFUND")).contains(earlierRule("REFUND"));
        assertThat(store.revision()).isEqualTo(earlierRelease.size());
    }

    @Test
    void shippedChangesThatWouldLeaveNoTextRuleAreNotAppliedAndTheServiceStillStarts() {
        InMemoryScreeningRuleStore small = new InMemoryScreeningRuleStore();
        List<ScreeningRule> two = List.of(earlierRule("TRAFFY-CORRUPTION-TAGS"), earlierRule(CHANGED));
        new ScreeningRuleBook(small, new ScreeningRuleValidator(), clock).start(two);
        ScreeningRuleBook restarted = new ScreeningRuleBook(small, new ScreeningRuleValidator(), clock);

        restarted.start(shippedWith(two, CHANGED, rule -> copy(rule, false, rule.groups(), rule.description())));

        assertThat(restarted.current().rule(CHANGED).orElseThrow().version()).isEqualTo(1);
        assertThat(small.auditTrail()).isEmpty();
    }

    private ScreeningRuleBook startedWith(List<ScreeningRule> release) {
        ScreeningRuleBook book = new ScreeningRuleBook(store, new ScreeningRuleValidator(), clock);
        book.start(release);
        return book;
    }

    private ScreeningRule earlierRule(String ruleId) {
        return earlierRelease.stream().filter(rule -> rule.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    private List<ScreeningRule> shippedWith(String ruleId, UnaryOperator<ScreeningRule> change) {
        return shippedWith(earlierRelease, ruleId, change);
    }

    private static List<ScreeningRule> shippedWith(List<ScreeningRule> rules, String ruleId,
            UnaryOperator<ScreeningRule> change) {
        return rules.stream().map(rule -> rule.ruleId().equals(ruleId) ? change.apply(rule) : rule).toList();
    }

    private static ScreeningRule withWords(ScreeningRule rule, String word) {
        List<String> words = new ArrayList<>(rule.groups().get(0));
        words.add(word);
        return copy(rule, rule.enabled(), List.of(words), rule.description());
    }

    private static ScreeningRule copy(ScreeningRule rule, boolean enabled, List<List<String>> groups,
            String description) {
        return new ScreeningRule(rule.id(), rule.ruleId(), rule.version(), rule.kind(), rule.effect(), enabled, groups,
                rule.window(), rule.reason(), description, rule.createdAt(), rule.createdBy(), rule.changeNote());
    }

    private static ScreeningRuleDraft draft(ScreeningRule rule, boolean enabled, int expectedVersion) {
        return new ScreeningRuleDraft(rule.kind(), rule.effect(), enabled, rule.groups(), rule.window(), rule.reason(),
                rule.description(), "ปิดไว้ก่อน", expectedVersion);
    }
}
