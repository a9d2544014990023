package th.bma.anticorruption.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.routing.store.MongoRuleStore;
import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.SimultaneousStarts;
import th.bma.anticorruption.testkit.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corrected default routing rule reaches a MongoDB table seeded by an earlier release as the seed's next version,
 * audited in the rule audit chain; instances starting at once append it once.
 */
@PlatformIntegrationTest
class ShippedRoutingRulesIntegrationTest {

    private static final String CORRECTED = "ACCUSED-SENIOR-OFFICIAL-PACC";

    private final MutableClock clock = new MutableClock(TestFixtures.CLOCK.instant());
    private MongoClient client;
    private MongoTemplate mongo;
    private MongoRuleStore store;

    @BeforeEach
    void seedByTheEarlierRelease() {
        ConnectionString uri = new ConnectionString(TestInfrastructure.mongoUri("routing-shipped-rules"));
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.getDatabase());
        store = new MongoRuleStore(mongo);
        InMemoryRuleStore current = new InMemoryRuleStore();
        startedWith(current);
        // the earlier release sent ทักษะพิเศษ nowhere in particular
        current.latestVersions().stream()
                .map(rule -> rule.ruleId().equals(CORRECTED) ? withoutLevel(rule, "ทักษะพิเศษ") : rule)
                .forEach(store::insert);
        clock.advance(Duration.ofDays(30));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theCorrectionIsTheSeedsNextVersionInTheAuditChainAndASecondStartAppendsNothing() {
        RuleBook book = startedWith(store);

        RoutingRule corrected = book.current().rule(CORRECTED).orElseThrow();
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.createdBy()).isEqualTo("seed");
        assertThat(corrected.when().positionLevels()).contains("ทักษะพิเศษ");
        assertThat(store.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.ruleId()).isEqualTo(CORRECTED);
            assertThat(entry.fromVersion()).isEqualTo(1);
            assertThat(entry.toVersion()).isEqualTo(2);
            assertThat(entry.changedBy()).isEqualTo("seed");
            assertThat(entry.changedAt()).isEqualTo(clock.instant());
            assertThat(entry.changeNote()).isEqualTo("Shipped default updated");
        });
        assertIntactChainOf(1);

        startedWith(store);
        assertThat(store.versions(CORRECTED)).hasSize(2);
        assertIntactChainOf(1);
    }

    @Test
    void instancesStartingAtOnceAppendTheCorrectionOnce() throws Exception {
        // Both instances read the table before either appends: both try to store version 2.
        SimultaneousStarts starts = new SimultaneousStarts();
        List<RuleBook> started = starts.run(() -> startedWith(startingAtOnce(starts.gate())),
                () -> startedWith(startingAtOnce(starts.gate())));

        assertThat(store.versions(CORRECTED)).extracting(RoutingRule::version).containsExactly(1, 2);
        assertIntactChainOf(1);
        assertThat(started).allSatisfy(book -> assertThat(book.current().rule(CORRECTED).orElseThrow().version())
                .isEqualTo(2));
    }

    private RuleBook startedWith(RuleStore rules) {
        RuleBook book = new RuleBook(rules, new RuleValidator(TestFixtures.DIRECTORY), clock);
        InputStream defaults = getClass().getResourceAsStream("/rules/default-rules.json");
        book.start(defaults, JsonMapper.builder().build(), 0.5);
        return book;
    }

    /** The Mongo store as an instance starting at the same moment as another reads it. */
    private MongoRuleStore startingAtOnce(Runnable gate) {
        return new MongoRuleStore(mongo) {
            @Override
            public Collection<RoutingRule> latestVersions() {
                Collection<RoutingRule> latest = super.latestVersions();
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

    private static RoutingRule withoutLevel(RoutingRule rule, String level) {
        RuleCondition when = rule.when();
        return new RoutingRule(rule.id(), rule.ruleId(), rule.version(), rule.priority(), rule.enabled(),
                new RuleCondition(when.positionLevels().stream().filter(l -> !l.equals(level)).toList(),
                        when.positionTitles(), when.linesOfWork(), when.topics(), when.confidenceBelow(),
                        when.accusedUnit(), when.screeningDoubted()),
                rule.then(), rule.reasonTh(), rule.reasonEn(), rule.createdAt(), rule.createdBy(), rule.changeNote());
    }
}
