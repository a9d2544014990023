package th.bma.anticorruption.load.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;

class LedgerTest {

    private final Ledger ledger = new Ledger();

    private static Ledger.Entry record(String id) {
        return new Ledger.Entry("HOTLINE_1555:" + id, Channel.HOTLINE_1555, "POST", "/api/intake/hotline-1555",
                "hotline-adapter", "{}");
    }

    @Test
    void aRecordWithoutAnswerOrWithA5xxStaysToBeSentAgainUntilAcknowledged() {
        Ledger.Entry call = record("1");
        assertThat(ledger.note(call, new Gateway.Answer(0, "ConnectException"))).isEqualTo(Ledger.Outcome.NOT_ACKNOWLEDGED);
        assertThat(ledger.note(call, new Gateway.Answer(503, "{}"))).isEqualTo(Ledger.Outcome.NOT_ACKNOWLEDGED);
        assertThat(ledger.unsettled()).extracting(e -> e.recordKey).containsExactly("HOTLINE_1555:1");

        assertThat(ledger.note(call, new Gateway.Answer(202, "{\"complaintId\": \"c-1\", \"trackingCode\": \"1\"}")))
                .isEqualTo(Ledger.Outcome.ACKNOWLEDGED);

        assertThat(ledger.unsettled()).isEmpty();
        assertThat(ledger.requests()).isEqualTo(3);
        assertThat(ledger.noAnswer()).isEqualTo(1);
        assertThat(ledger.serverErrors()).isEqualTo(1);
        assertThat(ledger.acknowledgedComplaints()).isEqualTo(Map.of("c-1", Channel.HOTLINE_1555));
    }

    @Test
    void theSameRecordAcknowledgedTwiceWithTheSameIdIsOneComplaint() {
        ledger.note(record("1"), new Gateway.Answer(202, "{\"complaintId\": \"c-1\"}"));
        ledger.note(record("1"), new Gateway.Answer(200, "{\"complaintId\": \"c-1\"}"));

        assertThat(ledger.acknowledgedRecords()).isEqualTo(1);
        assertThat(ledger.created()).isEqualTo(1);
        assertThat(ledger.repeated()).isEqualTo(1);
        assertThat(ledger.surplusCreations()).isZero();
        assertThat(ledger.recordsWithSeveralComplaintIds()).isEmpty();
    }

    @Test
    void twoCreationsOrTwoIdsForOneRecordAreDuplicates() {
        ledger.note(record("1"), new Gateway.Answer(202, "{\"complaintId\": \"c-1\"}"));
        ledger.note(record("1"), new Gateway.Answer(202, "{\"complaintId\": \"c-2\"}"));

        assertThat(ledger.surplusCreations()).isEqualTo(1);
        assertThat(ledger.recordsWithSeveralComplaintIds()).containsExactly("HOTLINE_1555:1");
        assertThat(ledger.acknowledgedComplaints()).containsOnlyKeys("c-1", "c-2");
    }

    @Test
    void outOfScopeIsAcknowledgedWithoutAComplaintAndA4xxIsNeverResent() {
        assertThat(ledger.note(record("1"), new Gateway.Answer(200, "{\"outOfScope\": true, \"channelRecordId\": \"1\"}")))
                .isEqualTo(Ledger.Outcome.OUT_OF_SCOPE);
        assertThat(ledger.note(record("2"), new Gateway.Answer(400, "{\"violations\": []}")))
                .isEqualTo(Ledger.Outcome.REFUSED);

        assertThat(ledger.outOfScopeRecords()).isEqualTo(1);
        assertThat(ledger.acknowledgedComplaints()).isEmpty();
        assertThat(ledger.refused()).isEqualTo(1);
        assertThat(ledger.unsettled()).isEmpty();
    }

    @Test
    void bodiesPushedForOneChannelRecordAndAnsweredOutOfScopeAreOneScreenedOutRecord() {
        String outOfScope = "{\"outOfScope\": true}";
        for (String attempt : new String[] {"#duplicate keys", "#unknown fields"}) {
            ledger.note(new Ledger.Entry("TRAFFY_FONDUE:2025-ABC123" + attempt, Channel.TRAFFY_FONDUE, "POST",
                    "/api/intake/traffy-fondue", "traffy-adapter", "{}"), new Gateway.Answer(200, outOfScope));
        }
        assertThat(ledger.outOfScopeRecords()).isEqualTo(1);

        ledger.note(new Ledger.Entry("TRAFFY_FONDUE:2025-ABC124#unknown fields", Channel.TRAFFY_FONDUE, "POST",
                "/api/intake/traffy-fondue", "traffy-adapter", "{}"), new Gateway.Answer(200, outOfScope));
        assertThat(ledger.outOfScopeRecords()).isEqualTo(2);

        ledger.note(record("7"), new Gateway.Answer(200, outOfScope));
        assertThat(ledger.outOfScopeByChannel()).as("each channel's records, as statistics counts them by channel")
                .isEqualTo(Map.of(Channel.TRAFFY_FONDUE, 2, Channel.HOTLINE_1555, 1));
        assertThat(ledger.outOfScopeRecords()).isEqualTo(3);
    }
}
