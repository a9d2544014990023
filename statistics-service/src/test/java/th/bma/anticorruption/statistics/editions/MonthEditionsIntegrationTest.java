package th.bma.anticorruption.statistics.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.readmodel.MonthEditionStore;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/**
 * When month-end editions are taken, by a clock the test moves: not before the settling time, the months missed while
 * the service was down after the latest edition, and none for a month that ended before the history of changes began
 * (a read model that had counted complaints before it kept their history).
 */
@PlatformIntegrationTest
class MonthEditionsIntegrationTest {

    private MongoClient client;

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aReadModelThatStartedEmptyKeepsTheMonthJustEndedThenEveryMonthMissedWhileDown() {
        MutableClock clock = new MutableClock(OffsetDateTime.parse("2023-05-01T00:30:00+07:00").toInstant());
        Fixture fixture = fixture(clock, false);
        fixture.readModel().apply(snapshot("2023-04-12T10:00:00+07:00", "2023-04-12T11:00:00+07:00"));

        // 00:30 on 1 May: April has ended but the settling hour has not passed; the latest month due is March, the
        // first edition of a service that has kept none.
        assertThat(fixture.editions().takeDueEditions()).containsExactly(YearMonth.of(2023, 3));
        assertThat(fixture.editions().takeDueEditions()).isEmpty();
        clock.set(OffsetDateTime.parse("2023-05-01T01:00:00+07:00").toInstant());
        assertThat(fixture.editions().takeDueEditions()).containsExactly(YearMonth.of(2023, 4));
        assertThat(fixture.editions().edition(YearMonth.of(2023, 4), 1).orElseThrow().figures().received())
                .isEqualTo(1);
        assertThat(fixture.editions().takeDueEditions()).isEmpty();

        // Down from May to early August: May, June and July are kept on the first check after.
        clock.set(OffsetDateTime.parse("2023-08-02T09:00:00+07:00").toInstant());
        assertThat(fixture.editions().takeDueEditions())
                .containsExactly(YearMonth.of(2023, 5), YearMonth.of(2023, 6), YearMonth.of(2023, 7));
        assertThat(fixture.editions().editions(YearMonth.of(2023, 6))).singleElement()
                .satisfies(edition -> assertThat(edition.asOf())
                        .isEqualTo(OffsetDateTime.parse("2023-06-30T23:59:59.999+07:00")));
    }

    @Test
    void noEditionForAMonthThatEndedBeforeTheHistoryBegan() {
        MutableClock clock = new MutableClock(OffsetDateTime.parse("2023-05-10T09:00:00+07:00").toInstant());
        Fixture fixture = fixture(clock, true);
        assertThat(fixture.readModel().historySince()).isEqualTo(clock.instant());

        assertThat(fixture.editions().takeDueEditions()).isEmpty();
        assertThat(fixture.editions().editions(YearMonth.of(2023, 4))).isEmpty();
        clock.set(OffsetDateTime.parse("2023-06-01T01:00:00+07:00").toInstant());
        assertThat(fixture.editions().takeDueEditions()).containsExactly(YearMonth.of(2023, 5));
    }

    /** The read model, its queries and the editions on a fresh database, with complaints counted before, if asked. */
    private Fixture fixture(MutableClock clock, boolean countedBeforeTheHistory) {
        ConnectionString uri = new ConnectionString(TestInfrastructure.mongoUri("statistics-editions"));
        client = MongoClients.create(uri);
        MongoTemplate mongo = new MongoTemplate(client, uri.getDatabase());
        if (countedBeforeTheHistory) {
            mongo.getCollection("complaints").insertOne(new Document("_id", "COUNTED-BEFORE").append("month", "2023-04")
                    .append("caseVersion", 2L).append("channel", "LETTER").append("lineOfWork", "OTHER")
                    .append("disposition", "FORWARDED_TO_UNIT"));
        }
        StatisticsReadModel readModel = new StatisticsReadModel(mongo);
        readModel.createIndexes();
        readModel.beginHistory(clock.instant());
        MonthEditionStore store = new MonthEditionStore(mongo, JsonMapper.builder().build());
        store.createIndexes();
        MonthEditions editions = new MonthEditions(store, new MonthlyStatisticsQueries(readModel, clock), clock,
                Duration.ofHours(1));
        return new Fixture(readModel, editions);
    }

    private record Fixture(StatisticsReadModel readModel, MonthEditions editions) {
    }

    private static CaseStatusChanged snapshot(String receivedAt, String learnedAt) {
        return new CaseStatusChanged(UUID.randomUUID(), OffsetDateTime.parse(learnedAt).toInstant(), "CASE-E1",
                CaseStatusChanged.SCHEMA_VERSION, 1, "EDITIONS-1", Channel.WEBSITE, OffsetDateTime.parse(receivedAt),
                null, LineOfWork.REVENUE, null, "UNDER_VERIFICATION", Disposition.UNDER_VERIFICATION, null, null,
                false, null);
    }
}
