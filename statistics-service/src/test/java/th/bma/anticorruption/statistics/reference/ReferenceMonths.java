package th.bma.anticorruption.statistics.reference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * The three months of the centre's monthly report, as complaints that reproduce them exactly:
 * February 2023 (23), March 2023 (52) and 1–21 April 2023, month to date (16). Where the report is silent (March's
 * and April's channels, districts, exact dates) the choice is fixed here and deterministic. Every complaint starts
 * under verification; completed ones were forwarded to a unit first, so dispositions change over time.
 * Reused by tests at the service level and end to end (through the gateway).
 */
public final class ReferenceMonths {

    public static final YearMonth FEBRUARY_2023 = YearMonth.of(2023, 2);
    public static final YearMonth MARCH_2023 = YearMonth.of(2023, 3);
    public static final YearMonth APRIL_2023 = YearMonth.of(2023, 4);
    /** The day the April figures were taken: the report says "1–21 เม.ย. 66". */
    public static final LocalDate APRIL_REPORT_DAY = LocalDate.of(2023, 4, 21);

    private static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);
    private static final List<String> DISTRICTS = List.of(BangkokDistrict.PATHUM_WAN.nameTh(),
            BangkokDistrict.BANG_PHLAT.nameTh(), BangkokDistrict.PRAWET.nameTh(), BangkokDistrict.SATHON.nameTh(),
            BangkokDistrict.CHATUCHAK.nameTh());

    private ReferenceMonths() {
    }

    /** 15 through Traffy Fondue (public works 2, city law enforcement 4, environment 1, other 8), 8 by executives. */
    public static List<ReferenceComplaint> february2023() {
        Map<Channel, Map<LineOfWork, Integer>> received = new LinkedHashMap<>();
        received.put(Channel.TRAFFY_FONDUE, lines(2, 4, 0, 1, 8));
        received.put(Channel.EXECUTIVE_REFERRAL, lines(0, 0, 0, 0, 8));
        return generate("REF-2566-02", FEBRUARY_2023, 28, received, dispositions(4, 5, 11, 2, 1, 0));
    }

    /** 52: public works 2, city law enforcement 12, revenue 1, environment 3, other 34. */
    public static List<ReferenceComplaint> march2023() {
        Map<Channel, Map<LineOfWork, Integer>> received = new LinkedHashMap<>();
        received.put(Channel.TRAFFY_FONDUE, lines(1, 8, 0, 2, 19));
        received.put(Channel.HOTLINE_1555, lines(1, 3, 1, 1, 6));
        received.put(Channel.LETTER, lines(0, 1, 0, 0, 4));
        received.put(Channel.EXECUTIVE_REFERRAL, lines(0, 0, 0, 0, 5));
        return generate("REF-2566-03", MARCH_2023, 31, received, dispositions(14, 22, 15, 0, 0, 1));
    }

    /** 1–21 April 2023: 16, public works 3, city law enforcement 2, revenue 2, environment 1, other 8. */
    public static List<ReferenceComplaint> april2023ToDate() {
        Map<Channel, Map<LineOfWork, Integer>> received = new LinkedHashMap<>();
        received.put(Channel.TRAFFY_FONDUE, lines(2, 2, 1, 1, 4));
        received.put(Channel.HOTLINE_1555, lines(1, 0, 1, 0, 2));
        received.put(Channel.WEBSITE, lines(0, 0, 0, 0, 2));
        return generate("REF-2566-04", APRIL_2023, APRIL_REPORT_DAY.getDayOfMonth(), received,
                dispositions(0, 10, 3, 0, 0, 3));
    }

    public static List<ReferenceComplaint> all() {
        List<ReferenceComplaint> all = new ArrayList<>(february2023());
        all.addAll(march2023());
        all.addAll(april2023ToDate());
        return all;
    }

    /**
     * The case snapshots case tracking publishes for a complaint: version 1 when the case opens (under
     * verification), then one per disposition change. Event times are a few days apart, never later than
     * {@code notAfter}.
     */
    public static List<CaseStatusChanged> snapshots(ReferenceComplaint complaint, Instant notAfter) {
        List<CaseStatusChanged> snapshots = new ArrayList<>();
        String caseId = "CASE-" + complaint.complaintId();
        Disposition previous = null;
        List<Disposition> path = new ArrayList<>();
        if (complaint.dispositions().get(0) != Disposition.UNDER_VERIFICATION) {
            path.add(Disposition.UNDER_VERIFICATION);
        }
        path.addAll(complaint.dispositions());
        for (int i = 0; i < path.size(); i++) {
            Disposition disposition = path.get(i);
            Instant at = complaint.receivedAt().toInstant().plus(Duration.ofHours(1)).plus(Duration.ofDays(3L * i));
            if (at.isAfter(notAfter)) {
                at = notAfter;
            }
            snapshots.add(new CaseStatusChanged(UUID.nameUUIDFromBytes((caseId + "#" + (i + 1)).getBytes()), at,
                    caseId, CaseStatusChanged.SCHEMA_VERSION, i + 1, complaint.complaintId(), complaint.channel(),
                    complaint.receivedAt(), complaint.district(), complaint.lineOfWork(),
                    previous == null ? null : stateOf(previous), stateOf(disposition), disposition,
                    destinationOf(disposition, complaint), null, false, null));
            previous = disposition;
        }
        return snapshots;
    }

    private static List<ReferenceComplaint> generate(String prefix, YearMonth month, int days,
            Map<Channel, Map<LineOfWork, Integer>> received, List<List<Disposition>> dispositionPaths) {
        List<ReferenceComplaint> complaints = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Channel, Map<LineOfWork, Integer>> channel : received.entrySet()) {
            for (Map.Entry<LineOfWork, Integer> line : channel.getValue().entrySet()) {
                for (int i = 0; i < line.getValue(); i++) {
                    complaints.add(new ReferenceComplaint(
                            "%s-%03d".formatted(prefix, n + 1),
                            channel.getKey(),
                            receivedAt(month, days, n),
                            line.getKey(),
                            channel.getKey() == Channel.EXECUTIVE_REFERRAL ? null : DISTRICTS.get(n % DISTRICTS.size()),
                            dispositionPaths.get(n)));
                    n++;
                }
            }
        }
        if (n != dispositionPaths.size()) {
            throw new IllegalStateException("receipts and dispositions of " + month + " do not add up");
        }
        return complaints;
    }

    /**
     * Spreads receipts over the period; the first complaint arrives five minutes after midnight on the 1st, Bangkok
     * time (still the previous month in UTC), the second in the last minutes of the period.
     */
    private static OffsetDateTime receivedAt(YearMonth month, int days, int n) {
        if (n == 0) {
            return OffsetDateTime.of(month.atDay(1), LocalTime.of(0, 5), BANGKOK);
        }
        if (n == 1) {
            return OffsetDateTime.of(month.atDay(days), LocalTime.of(15, 55), BANGKOK);
        }
        return OffsetDateTime.of(month.atDay(1 + n % days), LocalTime.of(8 + n % 9, (7 * n) % 60, 0), BANGKOK);
    }

    private static Map<LineOfWork, Integer> lines(int publicWorks, int cityLawEnforcement, int revenue,
            int environment, int other) {
        Map<LineOfWork, Integer> lines = new EnumMap<>(LineOfWork.class);
        lines.put(LineOfWork.PUBLIC_WORKS, publicWorks);
        lines.put(LineOfWork.CITY_LAW_ENFORCEMENT, cityLawEnforcement);
        lines.put(LineOfWork.REVENUE, revenue);
        lines.put(LineOfWork.ENVIRONMENT, environment);
        lines.put(LineOfWork.OTHER, other);
        return lines;
    }

    /** Disposition paths, one per complaint; a completed complaint was forwarded to a unit first. */
    private static List<List<Disposition>> dispositions(int completed, int toUnit, int toWorkingGroup, int toNacc,
            int toPacc, int underVerification) {
        List<List<Disposition>> paths = new ArrayList<>();
        for (int i = 0; i < toUnit; i++) {
            paths.add(List.of(Disposition.FORWARDED_TO_UNIT));
        }
        for (int i = 0; i < toWorkingGroup; i++) {
            paths.add(List.of(Disposition.FORWARDED_TO_WORKING_GROUP));
        }
        for (int i = 0; i < completed; i++) {
            paths.add(List.of(Disposition.FORWARDED_TO_UNIT, Disposition.COMPLETED));
        }
        for (int i = 0; i < toNacc; i++) {
            paths.add(List.of(Disposition.REFERRED_TO_NACC));
        }
        for (int i = 0; i < toPacc; i++) {
            paths.add(List.of(Disposition.REFERRED_TO_PACC));
        }
        for (int i = 0; i < underVerification; i++) {
            paths.add(List.of(Disposition.UNDER_VERIFICATION));
        }
        // Interleave so that every channel and line of work gets a mix of outcomes.
        List<List<Disposition>> mixed = new ArrayList<>(paths.size());
        for (int start = 0; start < 3; start++) {
            for (int i = start; i < paths.size(); i += 3) {
                mixed.add(paths.get(i));
            }
        }
        return mixed;
    }

    private static String stateOf(Disposition disposition) {
        return switch (disposition) {
            case UNDER_VERIFICATION -> "UNDER_VERIFICATION";
            case COMPLETED -> "CLOSED";
            default -> "FORWARDED";
        };
    }

    private static Destination destinationOf(Disposition disposition, ReferenceComplaint complaint) {
        return switch (disposition) {
            case UNDER_VERIFICATION -> new Destination(DestinationKind.TRIAGE, "CENTRE", "ศตท.กทม.",
                    "BMA Anti-Corruption Monitoring Centre");
            case FORWARDED_TO_UNIT, COMPLETED -> BangkokDistrict.fromThai(complaint.district())
                    .map(d -> new Destination(DestinationKind.UNIT, d.code(), "สำนักงานเขต" + d.nameTh(),
                            d.nameEn() + " District Office"))
                    .orElse(new Destination(DestinationKind.UNIT, "BUREAU-PUBLIC-WORKS", "สำนักการโยธา",
                            "Public Works Department"));
            case FORWARDED_TO_WORKING_GROUP -> new Destination(DestinationKind.WORKING_GROUP, "WG-3",
                    "คณะทำงานด้านงานเทศกิจ", "Working group 3: city law enforcement");
            case REFERRED_TO_NACC -> new Destination(DestinationKind.NACC, "NACC", "สำนักงาน ป.ป.ช.",
                    "National Anti-Corruption Commission");
            case REFERRED_TO_PACC -> new Destination(DestinationKind.PACC, "PACC", "สำนักงาน ป.ป.ท.",
                    "Public Sector Anti-Corruption Commission");
        };
    }
}
