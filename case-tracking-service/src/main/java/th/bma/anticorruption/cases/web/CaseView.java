package th.bma.anticorruption.cases.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import th.bma.anticorruption.cases.lifecycle.CaseDeadlineState;
import th.bma.anticorruption.cases.lifecycle.ChannelStatus;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.FollowUp;
import th.bma.anticorruption.cases.lifecycle.FollowUpReason;
import th.bma.anticorruption.cases.lifecycle.InterimMeasure;
import th.bma.anticorruption.cases.lifecycle.RoutingDecision;
import th.bma.anticorruption.cases.lifecycle.Subcommittee;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.EvidenceLink;
import th.bma.anticorruption.contracts.InternalTrackFinding;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.OperationsCentreOrder;
import th.bma.anticorruption.support.time.BangkokTime;

/**
 * A case as officers' tools read it, times in Bangkok. {@code lineOfWork} is the one in force (an officer's
 * correction once made), {@code suggestedLineOfWork} what routing's classifier made of the complaint. {@code complaint}
 * (the masked description and the accused's position) is present only when one case is read, and that read is
 * audited. {@code internalTrack} shows the ก.ก. office's steps once the case reached it; {@code followUp} is present
 * while the case is on the director's follow-up list. {@code channelStatus} and {@code evidence} (links to the
 * channel's photos, never fetched) are absent where the channel sent none. No field names the complainant: case
 * tracking never holds their identity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(String caseId, String complaintId, Channel channel,
        @Schema(description = "when the channel received the complaint") OffsetDateTime receivedAt,
        LineOfWork lineOfWork, LineOfWork suggestedLineOfWork, String district, String state, Disposition disposition,
        Destination destination,
        Routing routing, @JsonInclude(JsonInclude.Include.ALWAYS) Deadline deadline, List<Entry> timeline,
        boolean stale, long caseVersion, OffsetDateTime lastProgressAt, SubcommitteeView subcommittee,
        List<Measure> interimMeasures, ComplaintDetails complaint, InternalTrack internalTrack,
        FollowUpView followUp, List<FollowUpEntry> followUps, ChannelStatusView channelStatus,
        List<EvidenceLink> evidence) {

    public record Routing(String ruleId, int ruleVersion, String reasonTh, String reasonEn, double confidence,
            String kind, long decisionSequence) {
    }

    /** The subcommittee deadline: its 30 days run from {@code startedAt}, when the complaint reached the ก.ก. office. */
    public record Deadline(String kind,
            @Schema(description = "when the complaint reached the ก.ก. office (the internal track): the clock started")
            OffsetDateTime startedAt,
            OffsetDateTime dueAt, DeadlineStatus status, OffsetDateTime metAt, OffsetDateTime breachedAt) {
    }

    /** One step of the history; {@code by} is the officer who took it (absent for routing, channel and time). */
    public record Entry(OffsetDateTime at, String event, String detail, String by) {
    }

    public record SubcommitteeView(List<String> members, OffsetDateTime appointedAt, String appointedBy) {
    }

    /** An interim measure: started when ordered, its reviews and next review date, its end once lifted. */
    public record Measure(String id, String kind, String orderedBy, OffsetDateTime orderedAt, String recordedBy,
            OffsetDateTime recordedAt, OffsetDateTime reviewBy, List<Review> reviews, End end) {
    }

    public record Review(OffsetDateTime reviewedAt, String reviewedBy, String recordedBy, OffsetDateTime recordedAt,
            OffsetDateTime nextReviewBy) {
    }

    public record End(OffsetDateTime endedAt, String orderedBy, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** The channel's newest status of the complaint's record (a Traffy ticket), beside the timeline's entries. */
    public record ChannelStatusView(String state, String label, OffsetDateTime at, Integer countReopen) {
    }

    public record ComplaintDetails(String description, String accusedPosition, String accusedPositionLevel) {
    }

    /** The ก.ก. office's steps, each dated and attributed; {@code outcome} once the case closed on the track. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InternalTrack(OffsetDateTime reachedAt, Step preliminaryCheck, Step finding, Order order,
            Outcome outcome) {
    }

    /** A decision of the track: {@code result} CREDIBLE / NOT_CREDIBLE, or GROUNDED / NOT_GROUNDED. */
    public record Step(String result, OffsetDateTime at, String by) {
    }

    public record Order(OperationsCentreOrder order, OffsetDateTime orderedAt, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    public record Outcome(InternalTrackFinding finding, OperationsCentreOrder order, OffsetDateTime closedAt) {
    }

    /** On the director's follow-up list since, and why. */
    public record FollowUpView(OffsetDateTime since, List<FollowUpReason> reasons) {
    }

    /** What the director recorded about an earlier listing (the note is on the timeline). */
    public record FollowUpEntry(OffsetDateTime listedSince, List<FollowUpReason> reasons, OffsetDateTime recordedAt,
            String recordedBy) {
    }

    static CaseView summaryOf(ComplaintCase c) {
        return of(c, false);
    }

    static CaseView withSensitiveFields(ComplaintCase c) {
        return of(c, true);
    }

    private static CaseView of(ComplaintCase c, boolean sensitive) {
        RoutingDecision r = c.routing();
        CaseDeadlineState d = c.deadline();
        Subcommittee s = c.subcommittee();
        FollowUp f = c.followUp();
        return new CaseView(c.id(), c.complaintId(), c.channel(), bangkok(c.receivedAt()), c.lineOfWork(),
                c.suggestedLineOfWork(), c.district(), c.state().name(), c.disposition(), c.destination(),
                new Routing(r.ruleId(), r.ruleVersion(), r.reasonTh(), r.reasonEn(), r.confidence(),
                        r.kind() == null ? null : r.kind().name(), r.sequence()),
                d == null ? null : new Deadline(d.kind(), bangkok(d.startedAt()), bangkok(d.dueAt()), d.status(),
                        bangkok(d.metAt()), bangkok(d.breachedAt())),
                c.timeline().stream().map(e -> new Entry(bangkok(e.at()), e.event(), e.detail(), e.by())).toList(),
                c.stale(), c.caseVersion(), bangkok(c.lastProgressAt()),
                s == null ? null : new SubcommitteeView(s.members(), bangkok(s.appointedAt()), s.appointedBy()),
                c.interimMeasures().stream().map(CaseView::measureOf).toList(),
                sensitive ? new ComplaintDetails(c.description(), c.accusedPosition(), c.accusedPositionLevel())
                        : null,
                internalTrackOf(c),
                f == null ? null : new FollowUpView(bangkok(f.since()), f.reasons()),
                c.followUps().isEmpty() ? null : c.followUps().stream().map(h -> new FollowUpEntry(
                        bangkok(h.listedSince()), h.reasons(), bangkok(h.recordedAt()), h.recordedBy())).toList(),
                channelStatusOf(c.channelStatus()), c.evidence().isEmpty() ? null : c.evidence());
    }

    private static ChannelStatusView channelStatusOf(ChannelStatus status) {
        return status == null ? null
                : new ChannelStatusView(status.type(), status.label(), bangkok(status.at()), status.countReopen());
    }

    private static InternalTrack internalTrackOf(ComplaintCase c) {
        if (c.internalTrackReachedAt() == null) {
            return null;
        }
        var check = c.preliminaryCheck();
        var finding = c.finding();
        var order = c.orderGiven();
        var outcome = c.outcome();
        return new InternalTrack(bangkok(c.internalTrackReachedAt()),
                check == null ? null : new Step(check.credible() ? "CREDIBLE" : "NOT_CREDIBLE",
                        bangkok(check.checkedAt()), check.checkedBy()),
                finding == null ? null : new Step(finding.grounded() ? "GROUNDED" : "NOT_GROUNDED",
                        bangkok(finding.foundAt()), finding.foundBy()),
                order == null ? null : new Order(order.order(), bangkok(order.orderedAt()), order.recordedBy(),
                        bangkok(order.recordedAt())),
                outcome == null ? null : new Outcome(outcome.finding(), outcome.order(), bangkok(outcome.closedAt())));
    }

    private static Measure measureOf(InterimMeasure m) {
        InterimMeasure.MeasureEnd end = m.end();
        return new Measure(m.id(), m.kind().name(), m.orderedBy(), bangkok(m.orderedAt()), m.recordedBy(),
                bangkok(m.recordedAt()), bangkok(m.reviewBy()),
                m.reviews().stream().map(r -> new Review(bangkok(r.reviewedAt()), r.reviewedBy(), r.recordedBy(),
                        bangkok(r.recordedAt()), bangkok(r.nextReviewBy()))).toList(),
                end == null ? null : new End(bangkok(end.endedAt()), end.orderedBy(), end.recordedBy(),
                        bangkok(end.recordedAt())));
    }

    static OffsetDateTime bangkok(Instant at) {
        return at == null ? null : at.atZone(BangkokTime.ZONE).toOffsetDateTime();
    }
}
