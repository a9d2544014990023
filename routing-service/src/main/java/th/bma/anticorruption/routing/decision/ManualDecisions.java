package th.bma.anticorruption.routing.decision;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.RuleReference;
import th.bma.anticorruption.routing.classification.LineOfWorkNames;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.DirectoryUnit;
import th.bma.anticorruption.routing.directory.UnitKind;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.Rejection;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * Decisions after the initial one, each with the next sequence number of the complaint: an intake officer resolving
 * triage ({@code TRIAGE_RESOLVED}, or {@code NOT_CORRUPTION} when it is no complaint of corruption at all), an officer
 * rerouting with a reason ({@code REROUTE}), and the director ordering a
 * re-decision with today's rules ({@code REDECISION}). Every one is stored with its event, made the file's current
 * decision, then announced (if the broker is away, its event is sent later: stored is decided).
 */
public class ManualDecisions {

    public static final String OFFICER_REROUTE = "OFFICER-REROUTE";
    public static final String OFFICER_TRIAGE = "OFFICER-TRIAGE";
    public static final String OFFICER_NOT_CORRUPTION = "OFFICER-NOT-CORRUPTION";

    private final RoutingPolicy policy;
    private final DecisionStore store;
    private final DecisionAnnouncer announcer;
    private final Directory directory;
    private final Clock clock;

    public ManualDecisions(RoutingPolicy policy, DecisionStore store, DecisionAnnouncer announcer,
            Directory directory, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.announcer = announcer;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Resolves a complaint under verification: with the officer's line of work the rules decide again, or the officer
     * names the destination. Either way the officer's line of work is kept for the complaint's later decisions.
     */
    public ComplaintRouted resolveTriage(String complaintId, LineOfWork lineOfWork, String destinationCode,
            String reason, String officer) {
        ComplaintFile file = underVerification(complaintId);
        RoutingVerdict verdict;
        if (destinationCode == null || destinationCode.isBlank()) {
            verdict = policy.decide(file.complaint(), lineOfWork);
            if (verdict.destination().kind() == DestinationKind.TRIAGE) {
                throw RequestRejectedException.of("destinationCode", "required",
                        "The rules cannot name a body for this complaint: name the destination.");
            }
        } else {
            Destination destination = routable(file, destinationCode, lineOfWork);
            verdict = new RoutingVerdict(lineOfWork, 1.0, destination, new RuleReference(OFFICER_TRIAGE, 1,
                    "เจ้าหน้าที่รับเรื่องตรวจสอบแล้ว ส่ง" + destination.nameTh() + ": " + reason,
                    "An intake officer verified the complaint and sent it to " + destination.nameEn() + ": " + reason),
                    List.of(new RuleVersion(OFFICER_TRIAGE, 1)), List.of("officer decided line of work " + lineOfWork),
                    policy.suggestedLineOfWork(file.complaint()));
        }
        return record(file, RoutingKind.TRIAGE_RESOLVED, verdict, officer, reason, lineOfWork);
    }

    /**
     * Resolves a complaint under verification as not a complaint of corruption or misconduct at all: it stays with the
     * triage's destination, done ({@code COMPLETED}), with the line of work it had; the officer's reason is the rule's.
     */
    public ComplaintRouted dismissAsNotCorruption(String complaintId, String reason, String officer) {
        ComplaintFile file = underVerification(complaintId);
        RoutingVerdict verdict = new RoutingVerdict(file.lineOfWork(), file.confidence(), file.currentDestination(),
                new RuleReference(OFFICER_NOT_CORRUPTION, 1,
                        "เจ้าหน้าที่รับเรื่องตรวจสอบแล้วพบว่าไม่ใช่เรื่องร้องเรียนการทุจริต: " + reason,
                        "An intake officer found it is not a complaint of corruption: " + reason),
                List.of(new RuleVersion(OFFICER_NOT_CORRUPTION, 1)), List.of("officer found no corruption complaint"),
                policy.suggestedLineOfWork(file.complaint()));
        return record(file, RoutingKind.NOT_CORRUPTION, verdict, officer, reason, null);
    }

    /**
     * Sends a complaint elsewhere on an officer's word, never to the accused's own unit; with a line of work the
     * officer also corrects the complaint's line (kept for later decisions), and may then leave it where it is.
     */
    public ComplaintRouted reroute(String complaintId, String destinationCode, LineOfWork lineOfWork, String reason,
            String officer) {
        ComplaintFile file = fileOf(complaintId);
        LineOfWork line = lineOfWork == null ? file.lineOfWork() : lineOfWork;
        Destination destination = routable(file, destinationCode, line);
        boolean sameLine = lineOfWork == null || lineOfWork == file.lineOfWork();
        if (sameLine && file.currentDestination() != null && destination.code().equals(file.currentDestination().code())
                && file.currentKind() == destination.kind()) {
            throw new RequestRejectedException(Rejection.CONFLICT, "The complaint is there already.",
                    List.of(new FieldViolation("destinationCode", "different",
                            "Name a different body, or a different line of work.")));
        }
        String lineTh = sameLine ? "" : " (สายงาน" + LineOfWorkNames.thai(line) + ")";
        String lineEn = sameLine ? "" : " (line of work " + LineOfWorkNames.english(line) + ")";
        RoutingVerdict verdict = new RoutingVerdict(line, lineOfWork == null ? file.confidence() : 1.0, destination,
                new RuleReference(OFFICER_REROUTE, 1,
                        "เจ้าหน้าที่ส่งเรื่องใหม่ไปยัง" + destination.nameTh() + lineTh + ": " + reason,
                        "An officer rerouted the complaint to " + destination.nameEn() + lineEn + ": " + reason),
                List.of(new RuleVersion(OFFICER_REROUTE, 1)),
                lineOfWork == null ? List.of() : List.of("officer decided line of work " + lineOfWork),
                policy.suggestedLineOfWork(file.complaint()));
        return record(file, RoutingKind.REROUTE, verdict, officer, reason, lineOfWork);
    }

    /**
     * Decides again with the rules in force today, marked as a re-decision; a line of work an officer gave stands, and
     * so does screening's doubt of the complaint until an officer has decided on it, and an officer's finding that it
     * is not a complaint of corruption at all (refused: the rules would send it somewhere as one).
     */
    public ComplaintRouted redecide(String complaintId, String reason, String director) {
        ComplaintFile file = fileOf(complaintId);
        if (file.notCorruption()) {
            throw new RequestRejectedException(Rejection.CONFLICT, "An officer found it is not a corruption complaint.",
                    List.of(new FieldViolation("complaintId", "corruption-complaint",
                            "The rules do not re-decide a complaint an officer found not to be about corruption.")));
        }
        RoutingVerdict verdict = file.officerLineOfWork() == null
                ? policy.decide(file.complaint(), file.screeningDoubt())
                : policy.decide(file.complaint(), file.officerLineOfWork());
        return record(file, RoutingKind.REDECISION, verdict, director, reason, null);
    }

    private ComplaintRouted record(ComplaintFile file, RoutingKind kind, RoutingVerdict verdict, String decidedBy,
            String note, LineOfWork officersLine) {
        long sequence = store.nextSequence(file.complaintId());
        ComplaintRouted event = DecisionEvents.routed(UUID.randomUUID(), clock.instant(), file.complaintId(), null,
                sequence, kind, file.complaint(), verdict, decidedBy, note);
        RoutingDecision decision = RoutingDecision.of(event, verdict.rulesUsed(), verdict.evidence());
        store.insert(decision);
        if (officersLine != null) {
            store.keepOfficersLineOfWork(file.complaintId(), officersLine);
        }
        if (kind != RoutingKind.REDECISION && file.screeningDoubt() != null) {
            store.settleScreeningDoubt(file.complaintId());
        }
        store.markCurrent(decision);
        announcer.announce(List.of(decision));
        return event;
    }

    private Destination routable(ComplaintFile file, String destinationCode, LineOfWork lineOfWork) {
        DirectoryUnit unit = directory.find(destinationCode).orElseThrow(() -> RequestRejectedException.of(
                "destinationCode", "directory", "The code is not in the unit directory."));
        if (unit.kind() == UnitKind.DISTRICT_GROUP) {
            throw RequestRejectedException.of("destinationCode", "routable",
                    "A district group is not a body complaints are routed to.");
        }
        policy.accusedsOwnUnit(file.complaint(), lineOfWork, unit.code()).ifPresent(why -> {
            throw new RequestRejectedException(Rejection.UNPROCESSABLE,
                    "A complaint never goes to the accused's own unit.", List.of(new FieldViolation(
                    "destinationCode", "not-accuseds-unit", why + " Choose a body above it.")));
        });
        return unit.asDestination();
    }

    private ComplaintFile underVerification(String complaintId) {
        ComplaintFile file = fileOf(complaintId);
        if (!file.underVerification()) {
            throw new RequestRejectedException(Rejection.CONFLICT, "The complaint is not under verification.",
                    List.of(new FieldViolation("complaintId", "under-verification",
                            "Only complaints in the triage queue can be resolved.")));
        }
        return file;
    }

    private ComplaintFile fileOf(String complaintId) {
        return store.file(complaintId)
                .filter(f -> f.currentSequence() > 0)
                .orElseThrow(() -> new NotFoundException("No routed complaint " + complaintId + "."));
    }
}
