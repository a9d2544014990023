package th.bma.anticorruption.cases.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import th.bma.anticorruption.cases.lifecycle.CaseDeadlineState;
import th.bma.anticorruption.cases.lifecycle.ChannelStatus;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.InterimMeasure;
import th.bma.anticorruption.cases.lifecycle.RoutingDecision;
import th.bma.anticorruption.cases.lifecycle.Subcommittee;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.EvidenceLink;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.support.time.BangkokTime;

/**
 * A case as officers' tools read it (CONTRACT.md "Cases"), times in Bangkok. {@code complaint} (the masked
 * description and the accused's position) is present only when one case is read, and that read is audited.
 * {@code channelStatus} and {@code evidence} (links to the channel's photos, never fetched) are absent where the
 * channel sent none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(String caseId, String complaintId, Channel channel, OffsetDateTime receivedAt,
        LineOfWork lineOfWork, String district, String state, Disposition disposition, Destination destination,
        Routing routing, @JsonInclude(JsonInclude.Include.ALWAYS) Deadline deadline, List<Entry> timeline,
        boolean stale, long caseVersion, OffsetDateTime lastProgressAt, SubcommitteeView subcommittee,
        List<Measure> interimMeasures, ComplaintDetails complaint, ChannelStatusView channelStatus,
        List<EvidenceLink> evidence) {

    public record Routing(String ruleId, int ruleVersion, String reasonTh, String reasonEn, double confidence,
            String kind, long decisionSequence) {
    }

    public record Deadline(String kind, OffsetDateTime dueAt, DeadlineStatus status, OffsetDateTime metAt,
            OffsetDateTime breachedAt) {
    }

    public record Entry(OffsetDateTime at, String event, String detail) {
    }

    public record SubcommitteeView(List<String> members, OffsetDateTime appointedAt, String appointedBy) {
    }

    public record Measure(String kind, String orderedBy, OffsetDateTime orderedAt, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    /** The channel's newest status of the complaint's record (a Traffy ticket), beside the timeline's entries. */
    public record ChannelStatusView(String state, String label, OffsetDateTime at, Integer countReopen) {
    }

    public record ComplaintDetails(String description, String accusedPosition, String accusedPositionLevel) {
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
        return new CaseView(c.id(), c.complaintId(), c.channel(), bangkok(c.receivedAt()), c.lineOfWork(),
                c.district(), c.state().name(), c.disposition(), c.destination(),
                new Routing(r.ruleId(), r.ruleVersion(), r.reasonTh(), r.reasonEn(), r.confidence(),
                        r.kind() == null ? null : r.kind().name(), r.sequence()),
                d == null ? null : new Deadline(d.kind(), bangkok(d.dueAt()), d.status(), bangkok(d.metAt()),
                        bangkok(d.breachedAt())),
                c.timeline().stream().map(e -> new Entry(bangkok(e.at()), e.event(), e.detail())).toList(),
                c.stale(), c.caseVersion(), bangkok(c.lastProgressAt()),
                s == null ? null : new SubcommitteeView(s.members(), bangkok(s.appointedAt()), s.appointedBy()),
                c.interimMeasures().stream().map(CaseView::measureOf).toList(),
                sensitive ? new ComplaintDetails(c.description(), c.accusedPosition(), c.accusedPositionLevel())
                        : null,
                channelStatusOf(c.channelStatus()), c.evidence().isEmpty() ? null : c.evidence());
    }

    private static ChannelStatusView channelStatusOf(ChannelStatus status) {
        return status == null ? null
                : new ChannelStatusView(status.type(), status.label(), bangkok(status.at()), status.countReopen());
    }

    private static Measure measureOf(InterimMeasure m) {
        return new Measure(m.kind().name(), m.orderedBy(), bangkok(m.orderedAt()), m.recordedBy(),
                bangkok(m.recordedAt()));
    }

    static OffsetDateTime bangkok(Instant at) {
        return at == null ? null : at.atZone(BangkokTime.ZONE).toOffsetDateTime();
    }
}
