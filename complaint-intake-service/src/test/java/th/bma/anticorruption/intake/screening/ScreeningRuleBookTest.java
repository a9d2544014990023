package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;
import th.bma.anticorruption.testkit.MutableClock;

/** Versioned, audited, validated screening rules, applied at once here and on the next refresh elsewhere. */
class ScreeningRuleBookTest {

    private static final String MANGO = "ขายมะม่วงบนทางเท้าโดยไม่มีใบอนุญาต";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-21T03:00:00Z"));
    private final InMemoryScreeningRuleStore store = new InMemoryScreeningRuleStore();
    private final List<ScreeningRule> defaults = ScreeningRuleSeed.loadDefault(clock.instant());
    private ScreeningRuleBook book;

    @BeforeEach
    void start() {
        book = new ScreeningRuleBook(store, new ScreeningRuleValidator(), clock);
        book.start(defaults);
    }

    @Test
    void theDefaultsAreSeededAsVersionOneOnceAndNeverOverwriteAStoredVersion() {
        assertThat(store.revision()).isEqualTo(defaults.size());
        assertThat(book.current().rules()).allSatisfy(rule -> {
            assertThat(rule.version()).isEqualTo(1);
            assertThat(rule.createdBy()).isEqualTo("seed");
        });
        book.change("BRIBERY-WORDS", draftOf(book.current().rule("BRIBERY-WORDS").orElseThrow(), false, 1), "director");

        ScreeningRuleBook restarted = new ScreeningRuleBook(store, new ScreeningRuleValidator(), clock);
        restarted.start(defaults);
        assertThat(restarted.current().rule("BRIBERY-WORDS").orElseThrow().version()).isEqualTo(2);
        assertThat(store.revision()).isEqualTo(defaults.size() + 1);
    }

    @Test
    void aChangeIsTheNextVersionInForceAtOnceAuditedAndTheOldVersionKept() {
        assertThat(book.screening().screen(List.of(), MANGO).inScope()).isFalse();
        clock.advance(Duration.ofMinutes(5));

        ScreeningRule created = book.change("STREET-FRUIT", term("ขายมะม่วง", 0), "director-client");

        assertThat(created.version()).isEqualTo(1);
        ScreeningVerdict verdict = book.screening().screen(List.of(), MANGO);
        assertThat(verdict).isEqualTo(new ScreeningVerdict(true, "test-reason", "STREET-FRUIT", 1, null, null, false));

        clock.advance(Duration.ofMinutes(5));
        ScreeningRule changed = book.change("STREET-FRUIT", term("ขายทุเรียน", 1), "director-client");
        assertThat(changed.version()).isEqualTo(2);
        assertThat(book.screening().screen(List.of(), MANGO).inScope()).isFalse();
        assertThat(book.versions("STREET-FRUIT")).extracting(ScreeningRule::version).containsExactly(1, 2);
        assertThat(book.version("STREET-FRUIT", 1).groups()).containsExactly(List.of("ขายมะม่วง"));
        assertThat(book.auditTrail()).first().satisfies(entry -> {
            assertThat(entry.ruleId()).isEqualTo("STREET-FRUIT");
            assertThat(entry.fromVersion()).isEqualTo(1);
            assertThat(entry.toVersion()).isEqualTo(2);
            assertThat(entry.changedBy()).isEqualTo("director-client");
            assertThat(entry.changedAt()).isEqualTo(clock.instant());
            assertThat(entry.changeNote()).isEqualTo("test change");
        });
    }

    @Test
    void anotherInstanceAppliesTheChangeOnItsNextRefresh() {
        ScreeningRuleBook other = new ScreeningRuleBook(store, new ScreeningRuleValidator(), clock);
        other.start(defaults);
        book.change("STREET-FRUIT", term("ขายมะม่วง", 0), "director");

        assertThat(other.screening().screen(List.of(), MANGO).inScope()).isFalse();
        other.refresh();
        assertThat(other.screening().screen(List.of(), MANGO).ruleId()).isEqualTo("STREET-FRUIT");
        assertThat(other.current().revision()).isEqualTo(store.revision());
    }

    @Test
    void aBadRuleIsRefusedNamingEachFieldAndRuleItBreaks() {
        ScreeningRuleDraft bad = new ScreeningRuleDraft(RuleKind.PHRASE, RuleEffect.IN_SCOPE, true,
                List.of(List.of("รับเงิน", " "), List.of("{amount}")), null, "Bribery!", "", "", null);

        assertThatThrownBy(() -> book.change("bad id", bad, "director"))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("bad id");
                    assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactlyInAnyOrder(
                            "ruleId/pattern", "groups[0][1]/required", "groups[1][0]/placeholder", "window/range",
                            "reason/pattern", "description/required", "changeNote/required");
                });
        assertThat(store.revision()).isEqualTo(defaults.size());
    }

    @Test
    void theKindDecidesHowManyGroupsAndWhetherThereIsAWindow() {
        List<FieldViolation> violations = new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(
                RuleKind.TERM, RuleEffect.IN_SCOPE, true, List.of(List.of("a"), List.of("b")), 5, "x", "d", "n", 0));
        assertThat(violations).extracting(FieldViolation::rule).containsExactlyInAnyOrder("one-group", "absent");
        assertThat(new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(RuleKind.CATEGORY,
                RuleEffect.VETO, true, List.of(List.of("ถนน")), null, "x", "d", "n", 0)))
                .extracting(FieldViolation::rule).containsExactly("category-in-scope");
        assertThat(new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(RuleKind.TERM,
                RuleEffect.IN_SCOPE, true, List.of(List.of("{number}")), null, "x", "d", "n", 0)))
                .extracting(FieldViolation::rule).containsExactly("number-alone");
        assertThat(new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(RuleKind.WITHOUT,
                RuleEffect.IN_SCOPE, true, List.of(List.of("ตำรวจ"), List.of("เขต"), List.of("เงิน"), List.of("ส่วย")),
                null, "x", "d", "n", 0))).extracting(FieldViolation::rule)
                .containsExactlyInAnyOrder("without-veto", "two-groups");
        assertThat(new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(RuleKind.WITHOUT,
                RuleEffect.VETO, true, List.of(List.of("ตำรวจ"), List.of("เขต")), 5, "x", "d", "n", 0)))
                .as("two groups: no window").extracting(FieldViolation::rule).containsExactly("absent");
        assertThat(new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(RuleKind.WITHOUT,
                RuleEffect.VETO, true, List.of(List.of("ตำรวจ"), List.of("เขต"), List.of("เจ้าหน้าที่")), null, "x",
                "d", "n", 0))).as("three groups: a window").extracting(FieldViolation::rule).containsExactly("range");
        assertThat(new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(RuleKind.WITHOUT,
                RuleEffect.VETO, true, List.of(List.of("ตำรวจ"), List.of("เขต")), null, "x", "d", "n", 0))).isEmpty();
        assertThat(new ScreeningRuleValidator().validateRule("X", new ScreeningRuleDraft(RuleKind.WITHOUT,
                RuleEffect.VETO, true, List.of(List.of("ตำรวจ"), List.of("เขต"), List.of("เจ้าหน้าที่")), 3, "x", "d",
                "n", 0))).isEmpty();
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        book.change("STREET-FRUIT", term("ขายมะม่วง", 0), "director");
        assertThatThrownBy(() -> book.change("STREET-FRUIT", term("ขายทุเรียน", 0), "director"))
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void theLastTextRuleCannotBeDisabled() {
        ScreeningRuleBook small = new ScreeningRuleBook(new InMemoryScreeningRuleStore(), new ScreeningRuleValidator(),
                clock);
        small.start(List.of(defaults.get(0), defaults.stream().filter(r -> r.ruleId().equals("BRIBERY-WORDS"))
                .findFirst().orElseThrow()));
        ScreeningRuleDraft off = draftOf(small.current().rule("BRIBERY-WORDS").orElseThrow(), false, 1);

        assertThatThrownBy(() -> small.change("BRIBERY-WORDS", off, "director"))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("screens-text");
                });
    }

    @Test
    void anUnknownRuleOrVersionIsNotFound() {
        assertThatThrownBy(() -> book.versions("NO-SUCH-RULE")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> book.version("BRIBERY-WORDS", 9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyDefaultRuleIsValidAndTheClockIsBangkoks() {
        assertThat(defaults).allSatisfy(rule -> assertThat(new ScreeningRuleValidator()
                .validateRule(rule.ruleId(), draftOf(rule, rule.enabled(), 0))).as(rule.ruleId()).isEmpty());
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
    }

    private static ScreeningRuleDraft term(String word, int expectedVersion) {
        return new ScreeningRuleDraft(RuleKind.TERM, RuleEffect.IN_SCOPE, true, List.of(List.of(word)), null,
                "test-reason", "A test rule", "test change", expectedVersion);
    }

    private static ScreeningRuleDraft draftOf(ScreeningRule rule, boolean enabled, int expectedVersion) {
        return new ScreeningRuleDraft(rule.kind(), rule.effect(), enabled, rule.groups(), rule.window(), rule.reason(),
                rule.description(), "test change", expectedVersion);
    }
}
