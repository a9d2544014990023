package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.SimultaneousStarts;
import th.bma.anticorruption.testkit.TestInfrastructure;

/**
 * A release's changed default rules reach a MongoDB store seeded by an earlier release: the seed's next version is
 * stored and audited in the same hash chain as the director's changes, a director's version is kept, a second start
 * appends nothing, and instances starting at once append the version once.
 */
@PlatformIntegrationTest
class ShippedScreeningRulesIntegrationTest {

    private static final String CHANGED = "GHOST-EMPLOYEE-WORDS";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-21T03:00:00Z"));
    private final List<ScreeningRule> earlierRelease = ScreeningRuleSeed.loadDefault(clock.instant());
    private final List<ScreeningRule> release = earlierRelease.stream()
            .map(rule -> rule.ruleId().equals(CHANGED) ? withWord(rule, "ขายมะม่วง") : rule).toList();
    private MongoClient client;
    private MongoTemplate mongo;
    private MongoScreeningRuleStore store;

    @BeforeEach
    void seedByTheEarlierRelease() {
        ConnectionString uri = new ConnectionString(TestInfrastructure.mongoUri("intake-shipped-rules"));
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.getDatabase());
        store = new MongoScreeningRuleStore(mongo);
        startedWith(store, earlierRelease);
        clock.advance(Duration.ofDays(30));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aChangedSeedRuleGetsTheSeedsNextVersionInTheAuditChainAndASecondStartAppendsNothing() {
        ScreeningRuleBook book = startedWith(store, release);

        assertThat(store.versions(CHANGED)).extracting(ScreeningRule::version, ScreeningRule::createdBy,
                ScreeningRule::changeNote).containsExactly(tuple(1, "seed", "Default screening rules"),
                tuple(2, "seed", "Shipped default updated"));
        assertThat(book.current().rule(CHANGED).orElseThrow().groups().get(0)).contains("ขายมะม่วง");
        assertThat(store.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.ruleId()).isEqualTo(CHANGED);
            assertThat(entry.fromVersion()).isEqualTo(1);
            assertThat(entry.toVersion()).isEqualTo(2);
            assertThat(entry.changedBy()).isEqualTo("seed");
            assertThat(entry.changedAt()).isEqualTo(clock.instant());
            assertThat(entry.changeNote()).isEqualTo("Shipped default updated");
        });
        assertIntactChainOf(1);

        clock.advance(Duration.ofHours(1));
        startedWith(store, release);

        assertThat(store.revision()).isEqualTo(earlierRelease.size() + 1L);
        assertIntactChainOf(1);
    }

    @Test
    void aRuleTheDirectorChangedKeepsTheDirectorsVersion() {
        ScreeningRule rule = store.version(CHANGED, 1).orElseThrow();
        ScreeningRule own = startedWith(store, earlierRelease).change(CHANGED, new ScreeningRuleDraft(rule.kind(),
                rule.effect(), false, rule.groups(), rule.window(), rule.reason(), rule.description(), "ปิดไว้ก่อน", 1),
                "director-client");

        ScreeningRuleBook book = startedWith(store, release);

        assertThat(book.current().rule(CHANGED)).contains(own);
        assertThat(book.shippedDefaultsDiffering()).containsExactly(CHANGED);
        assertThat(store.versions(CHANGED)).hasSize(2);
        assertThat(store.auditTrail()).singleElement().extracting(ScreeningRuleAuditEntry::changedBy)
                .isEqualTo("director-client");
        assertIntactChainOf(1);
    }

    @Test
    void instancesStartingAtOnceAppendTheShippedVersionOnce() throws Exception {
        // Both instances read the rules in force before either appends: both try to store version 2.
        SimultaneousStarts starts = new SimultaneousStarts();
        List<ScreeningRuleBook> started = starts.run(() -> startedWith(startingAtOnce(starts.gate()), release),
                () -> startedWith(startingAtOnce(starts.gate()), release));

        assertThat(store.versions(CHANGED)).extracting(ScreeningRule::version).containsExactly(1, 2);
        assertThat(store.auditTrail()).hasSize(1);
        assertIntactChainOf(1);
        assertThat(started).allSatisfy(book -> assertThat(book.current().rule(CHANGED).orElseThrow().version())
                .isEqualTo(2));
    }

    private ScreeningRuleBook startedWith(ScreeningRuleStore rules, List<ScreeningRule> shipped) {
        ScreeningRuleBook book = new ScreeningRuleBook(rules, new ScreeningRuleValidator(), clock);
        book.start(shipped);
        return book;
    }

    /** The Mongo store as an instance starting at the same moment as another reads it. */
    private MongoScreeningRuleStore startingAtOnce(Runnable gate) {
        return new MongoScreeningRuleStore(mongo) {
            @Override
            public Collection<ScreeningRule> latestVersions() {
                Collection<ScreeningRule> latest = super.latestVersions();
                gate.run();
                return latest;
            }
        };
    }

    private void assertIntactChainOf(long entries) {
        ChainVerification verification = store.verifyAuditTrail();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(entries);
    }

    private static ScreeningRule withWord(ScreeningRule rule, String word) {
        List<String> words = new ArrayList<>(rule.groups().get(0));
        words.add(word);
        return new ScreeningRule(rule.id(), rule.ruleId(), rule.version(), rule.kind(), rule.effect(), rule.enabled(),
                List.of(words), rule.window(), rule.reason(), rule.description(), rule.createdAt(), rule.createdBy(),
                rule.changeNote());
    }
}
