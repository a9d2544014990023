package th.bma.anticorruption.routing.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.routing.Decisions;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;

/**
 * {@code routing.decisions.published} counts each marked decision once under its kind, disposition, rule and channel,
 * read from the {@link ComplaintRouted} the outbox carries, not from the JSON it sent.
 */
class PublishedDecisionsTest {

    private static final ComplaintSummary COMPLAINT = new ComplaintSummary(Channel.WEBSITE, "WEB-7",
            OffsetDateTime.parse("2026-04-02T09:00:00+07:00"), "บางรัก", List.of(), null,
            "เจ้าหน้าที่เขตเรียกรับเงินค่าต่อใบอนุญาต", null, null, "hash-7");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PublishedDecisions published = new PublishedDecisions(meters);

    @Test
    void eachMarkedDecisionIsCountedOnceUnderItsKindDispositionRuleAndChannelFromTheEventTheOutboxCarries() {
        ComplaintRouted first = Decisions.toBangRak("CMP-1", Instant.now(), COMPLAINT, 0.8);
        ComplaintRouted second = Decisions.toBangRak("CMP-2", Instant.now(), COMPLAINT, 0.6);

        // JSON that says nothing: the tags can only come from the event itself.
        published.marked(List.of(new OutboxBatch("[\"CMP-1#1\"]", List.of(carrying(first))),
                new OutboxBatch("[\"CMP-2#1\"]", List.of(carrying(second)))));

        assertThat(meters.find("routing.decisions.published").counters()).singleElement().satisfies(counter -> {
            assertThat(counter.getId().getTags()).containsExactlyInAnyOrder(Tag.of("kind", "INITIAL"),
                    Tag.of("disposition", "FORWARDED_TO_UNIT"), Tag.of("rule", "RESPONSIBLE-UNIT"),
                    Tag.of("channel", "WEBSITE"));
            assertThat(counter.count()).isEqualTo(2.0);
        });
    }

    @Test
    void anEventMarkedWithoutItsDecisionIsNotCountedAndTheOthersOfItsBatchAre() {
        ComplaintRouted routed = Decisions.toBangRak("CMP-3", Instant.now(), COMPLAINT, 0.8);
        OutboxEvent onlyJson = new OutboxEvent(Topics.COMPLAINTS_ROUTED, "CMP-4", routed.eventId(), "ComplaintRouted",
                ComplaintRouted.SCHEMA_VERSION, "{}", null);

        published.marked(List.of(new OutboxBatch("[\"CMP-4#1\",\"CMP-3#1\"]", List.of(onlyJson, carrying(routed)))));

        assertThat(meters.find("routing.decisions.published").counters()).extracting(Counter::count)
                .containsExactly(1.0);
    }

    private static OutboxEvent carrying(ComplaintRouted routed) {
        return new OutboxEvent(Topics.COMPLAINTS_ROUTED, routed.complaintId(), routed.eventId(), "ComplaintRouted",
                ComplaintRouted.SCHEMA_VERSION, "{}", null, routed);
    }
}
