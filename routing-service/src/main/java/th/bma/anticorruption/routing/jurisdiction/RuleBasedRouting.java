package th.bma.anticorruption.routing.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RuleReference;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.routing.classification.Classification;
import th.bma.anticorruption.routing.classification.LineOfWorkNames;
import th.bma.anticorruption.routing.classification.LineOfWorkClassifier;
import th.bma.anticorruption.routing.decision.RoutingPolicy;
import th.bma.anticorruption.routing.decision.RoutingVerdict;
import th.bma.anticorruption.routing.decision.RuleVersion;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.DirectoryUnit;
import th.bma.anticorruption.routing.directory.Section;
import th.bma.anticorruption.routing.directory.UnitKind;
import th.bma.anticorruption.routing.directory.UnitMatch;
import th.bma.anticorruption.routing.rules.PositionNames;
import th.bma.anticorruption.routing.rules.RoutingFacts;
import th.bma.anticorruption.routing.rules.RoutingRule;
import th.bma.anticorruption.routing.rules.RuleBook;
import th.bma.anticorruption.routing.rules.RuleTable;
import th.bma.anticorruption.routing.rules.TargetType;

/**
 * Decides jurisdiction with the rule table in force: the first matching rule names the destination (a fixed body, the
 * responsible unit, or triage). Rules see what is known of the accused's unit ({@link AccusedUnitInference}: named by
 * the channel, or inferred from the organisation, the text or the place) and whether intake's screening was unsure of
 * the complaint (a default rule sends such a complaint to triage before any other decides). Then the fixed policy
 * {@value #NEVER_TO_OWN_UNIT}: a complaint never goes to the unit whose staff it accuses; if a rule would send it
 * there, it goes to the working group of its area, else the ก.ก. office's internal track, else the centre. All in
 * memory.
 */
public final class RuleBasedRouting implements RoutingPolicy {

    public static final String NEVER_TO_OWN_UNIT = "NEVER-TO-OWN-UNIT";
    public static final int NEVER_TO_OWN_UNIT_VERSION = 2;
    static final Destination TRIAGE = new Destination(DestinationKind.TRIAGE, Directory.CENTRE,
            "ศตท.กทม. (อยู่ระหว่างตรวจสอบข้อมูล)", "Monitoring centre (under verification)");

    private final Directory directory;
    private final LineOfWorkClassifier classifier;
    private final RuleBook rules;
    private final AccusedUnitInference accusedUnits;

    public RuleBasedRouting(Directory directory, LineOfWorkClassifier classifier, RuleBook rules,
            AccusedUnitInference accusedUnits) {
        this.directory = directory;
        this.classifier = classifier;
        this.rules = rules;
        this.accusedUnits = accusedUnits;
    }

    @Override
    public RoutingVerdict decide(ComplaintSummary complaint, ScreeningDoubt screeningDoubt) {
        return decide(complaint, null, screeningDoubt);
    }

    @Override
    public RoutingVerdict decide(ComplaintSummary complaint, LineOfWork officersLine) {
        return decide(complaint, officersLine, null);
    }

    private RoutingVerdict decide(ComplaintSummary complaint, LineOfWork officersLine, ScreeningDoubt screeningDoubt) {
        RuleTable table = rules.current();
        Classification found = classifier.classify(complaint);
        AccusedUnit accusedUnit = accusedUnits.infer(complaint, officersLine != null ? officersLine
                : found.lineOfWork(), table.knownLevels());
        Classification suggested = reading(complaint, found, accusedUnit);
        Classification classification = officersLine == null ? suggested
                : Classification.byOfficer(officersLine, suggested.topics());
        return decide(complaint, classification, suggested.lineOfWork(), accusedUnit, screeningDoubt, table);
    }

    @Override
    public LineOfWork suggestedLineOfWork(ComplaintSummary complaint) {
        Classification found = classifier.classify(complaint);
        return reading(complaint, found, accusedUnit(complaint, found.lineOfWork())).lineOfWork();
    }

    /** What routing makes of the accused's unit, with the line of work in force. */
    public AccusedUnit accusedUnit(ComplaintSummary complaint, LineOfWork lineOfWork) {
        return accusedUnits.infer(complaint, lineOfWork, rules.current().knownLevels());
    }

    /**
     * The classifier's reading, except that a ticket whose text accuses the staff of another unit than the one it was
     * sent to was misaddressed: its organisation says nothing of the line of work, and is set aside. Where the channel
     * or the text names the accused's section as an office ({@code จนท.ฝ่ายโยธาเขตบางกะปิ}) and it has a line of work,
     * other than the organisation, the complaint is read again as if sent to that section. A staff word alone
     * ({@code เจ้าหน้าที่เทศกิจ}) is one keyword, not a confident call, and a section only the line of work suggested
     * says nothing new.
     */
    private Classification reading(ComplaintSummary complaint, Classification found, AccusedUnit accusedUnit) {
        Optional<UnitMatch> organisation = directory.resolve(complaint.organisation());
        boolean misaddressed = accusedUnit.source() == AccusedUnit.Source.TEXT && organisation.isPresent()
                && !organisation.get().unit().code().equals(accusedUnit.unit().unit().code());
        Optional<Section> accusedSection = Optional.ofNullable(accusedUnit.finding().unitKnown()
                ? accusedUnit.namedSection() : null)
                .filter(section -> section.lineOfWork() != null && !organisation.map(UnitMatch::code)
                        .equals(Optional.of(section.code())));
        if (!misaddressed && accusedSection.isEmpty()) {
            return found;
        }
        Classification reread = classifier.classify(new ComplaintSummary(complaint.channel(),
                complaint.channelRecordId(), complaint.receivedAt(), complaint.district(), complaint.categories(),
                accusedSection.map(Section::nameTh).orElse(null), complaint.description(), complaint.location(),
                complaint.accused(), complaint.trackingCodeHash()));
        List<String> evidence = new ArrayList<>(reread.evidence());
        accusedSection.ifPresent(section -> evidence.add(0, "read as sent to " + section.code()
                + ", the section whose staff it accuses"));
        if (misaddressed) {
            evidence.add(0, "organisation " + complaint.organisation() + " set aside: the text accuses staff of "
                    + accusedUnit.unit().code());
        }
        return new Classification(reread.lineOfWork(), reread.confidence(), reread.topics(), evidence);
    }

    private RoutingVerdict decide(ComplaintSummary complaint, Classification classification, LineOfWork suggested,
            AccusedUnit accusedUnit, ScreeningDoubt screeningDoubt, RuleTable table) {
        AccusedPerson accused = complaint.accused();
        String title = accused == null ? null : accusedUnits.titleOf(accused.position());
        String position = PositionNames.normalise(title);
        String level = accused == null ? null
                : PositionNames.levelOf(accused.positionLevel(), title, table.knownLevels());
        if (position == null && level == null) {
            position = PositionNames.normalise(accusedUnit.position());
            level = PositionNames.levelOf(accusedUnit.level(), accusedUnit.position(), table.knownLevels());
        }
        RoutingFacts facts = new RoutingFacts(level, position, classification.lineOfWork(),
                classification.confidence(), classification.topics(), accusedUnit.finding(), screeningDoubt != null);
        RoutingRule rule = table.firstMatch(facts)
                .orElseThrow(() -> new IllegalStateException("The rule table has no catch-all rule"));

        Destination destination = target(rule, complaint, classification);
        Reasons reasons = Reasons.of(rule, destination, level, position, classification, accusedUnit, screeningDoubt);
        List<RuleVersion> used = new ArrayList<>(List.of(new RuleVersion(rule.ruleId(), rule.version())));
        RuleReference reference = new RuleReference(rule.ruleId(), rule.version(), reasons.thai(), reasons.english());
        if (placeStaffMayBeAccused(rule, destination, accusedUnit)) {
            reference = new RuleReference(rule.ruleId(), rule.version(), reasons.thai()
                    + " แต่ยังบอกไม่ได้ว่าข้อความกล่าวหาเจ้าหน้าที่ของ" + destination.nameTh() + " หรือไม่ ("
                    + accusedUnit.basisTh() + ") จึงไม่ส่งหน่วยงานนั้น และอยู่ระหว่างตรวจสอบข้อมูลโดยเจ้าหน้าที่รับเรื่อง",
                    reasons.english() + " But whether the complaint accuses staff of " + destination.nameEn()
                            + " cannot be told (" + accusedUnit.basisEn() + "), so it does not go there: it waits"
                            + " under verification by an intake officer.");
            destination = TRIAGE;
        }
        List<String> evidence = new ArrayList<>(classification.evidence());
        evidence.addAll(accusedUnit.evidence());

        if (accusedUnit.finding().unitKnown() && isAccusedsOwn(destination, accusedUnit.unit())) {
            Destination elsewhere = awayFrom(classification, accusedUnit.unit());
            reference = new RuleReference(NEVER_TO_OWN_UNIT, NEVER_TO_OWN_UNIT_VERSION,
                    reasons.thai() + " แต่ผู้ถูกกล่าวหาสังกัด" + destination.nameTh() + " (" + accusedUnit.basisTh()
                            + ") จึงไม่ส่งให้หน่วยงานต้นสังกัด และส่ง" + elsewhere.nameTh(),
                    reasons.english() + " But the accused works at " + destination.nameEn() + " ("
                            + accusedUnit.basisEn() + "), so the complaint goes to " + elsewhere.nameEn()
                            + " instead.");
            used.add(new RuleVersion(NEVER_TO_OWN_UNIT, NEVER_TO_OWN_UNIT_VERSION));
            destination = elsewhere;
        } else if (accusedUnit.finding().unitKnown() && !reasons.namesAccusedUnit()) {
            reference = new RuleReference(rule.ruleId(), rule.version(), reasons.thai() + " ผู้ถูกกล่าวหาสังกัด"
                    + accusedUnit.unit().unit().nameTh() + " (" + accusedUnit.basisTh()
                    + ") เรื่องนี้จึงไม่ส่งให้หน่วยงานนั้น", reasons.english() + " The accused works at "
                    + accusedUnit.unit().unit().nameEn() + " (" + accusedUnit.basisEn()
                    + "); the complaint never goes there.");
        }
        return new RoutingVerdict(classification.lineOfWork(), classification.confidence(), destination, reference,
                used, evidence, suggested);
    }

    /**
     * A rule that sends a complaint to the unit of its place cannot know that unit's staff are not the accused when the
     * finding leaves whose staff are accused open (UNCLEAR, UNKNOWN): the complaint waits in triage instead.
     */
    private static boolean placeStaffMayBeAccused(RoutingRule rule, Destination destination,
            AccusedUnit accusedUnit) {
        TargetType target = rule.then().type();
        return (target == TargetType.RESPONSIBLE_UNIT || target == TargetType.PLACE_UNIT)
                && destination.kind() != DestinationKind.TRIAGE && !accusedUnit.finding().saysWhoIsAccused();
    }

    /**
     * The accused's unit when it is known; when it cannot be told whose staff are accused (UNCLEAR, UNKNOWN), the unit
     * the complaint is addressed to or written from and the unit of its place, whose own people it may accuse (the
     * reason such a complaint waits in triage rather than going there).
     */
    @Override
    public Optional<String> accusedsOwnUnit(ComplaintSummary complaint, LineOfWork lineOfWork,
            String destinationCode) {
        AccusedUnit accusedUnit = accusedUnit(complaint, lineOfWork);
        Destination destination = directory.get(destinationCode).asDestination();
        if (accusedUnit.finding().unitKnown()) {
            return isAccusedsOwn(destination, accusedUnit.unit())
                    ? Optional.of("The accused works at " + accusedUnit.unit().unit().nameEn() + " ("
                            + accusedUnit.basisEn() + ").")
                    : Optional.empty();
        }
        if (accusedUnit.finding().saysWhoIsAccused()) {
            return Optional.empty();
        }
        return Stream.concat(Stream.ofNullable(accusedUnit.unit()),
                        placeUnit(complaint).map(unit -> new UnitMatch(unit, null)).stream())
                .filter(unit -> isAccusedsOwn(destination, unit)).findFirst()
                .map(unit -> "Whether the complaint accuses staff of " + unit.unit().nameEn() + " cannot be told ("
                        + accusedUnit.basisEn() + "), so it never goes there.");
    }

    private Destination target(RoutingRule rule, ComplaintSummary complaint, Classification classification) {
        switch (rule.then().type()) {
            case DIRECTORY_BODY:
                return directory.get(rule.then().destinationCode()).asDestination();
            case RESPONSIBLE_UNIT:
                return responsibleUnit(complaint, classification).map(DirectoryUnit::asDestination).orElse(TRIAGE);
            case PLACE_UNIT:
                return placeUnit(complaint).map(DirectoryUnit::asDestination).orElse(TRIAGE);
            default:
                return TRIAGE;
        }
    }

    /**
     * The bureau the channel sent the complaint to, else the district office of the place (the complaint's district,
     * else the organisation's), else the bureau of the line of work. Empty when nobody responsible can be named.
     */
    Optional<DirectoryUnit> responsibleUnit(ComplaintSummary complaint, Classification classification) {
        return placeUnit(complaint).or(() -> directory.bureauFor(classification.lineOfWork()));
    }

    /** The bureau the channel sent the complaint to, else the district office of the place; empty if neither. */
    private Optional<DirectoryUnit> placeUnit(ComplaintSummary complaint) {
        Optional<UnitMatch> organisation = directory.resolve(complaint.organisation());
        return organisation.map(UnitMatch::unit).filter(u -> u.kind() == UnitKind.BUREAU)
                .or(() -> BangkokDistrict.fromThai(complaint.district()).map(directory::districtOffice))
                .or(() -> organisation.map(UnitMatch::unit).filter(u -> u.kind() == UnitKind.DISTRICT_OFFICE));
    }

    /** The destination is the accused's unit, or the district office a section of which the accused works in. */
    private boolean isAccusedsOwn(Destination destination, UnitMatch accusedUnit) {
        return destination.kind() != DestinationKind.TRIAGE
                && directory.find(destination.code()).map(unit -> unit.covers(accusedUnit.code())
                        || unit.code().equals(accusedUnit.unit().code())).orElse(false);
    }

    /** The working group of the area, else the ก.ก. office's internal track, else the centre: never the accused's. */
    private Destination awayFrom(Classification classification, UnitMatch accusedUnit) {
        String accused = accusedUnit.unit().code();
        return Stream.of(directory.workingGroupFor(classification.lineOfWork(), classification.topics()),
                        directory.find(Directory.INTERNAL_TRACK))
                .flatMap(Optional::stream)
                .filter(body -> !body.code().equals(accused))
                .findFirst()
                .orElseGet(() -> directory.get(Directory.CENTRE))
                .asDestination();
    }

    /** A rule's reasons with its placeholders filled in. */
    record Reasons(String thai, String english, boolean namesAccusedUnit) {
        static Reasons of(RoutingRule rule, Destination destination, String level, String position,
                Classification classification, AccusedUnit accusedUnit, ScreeningDoubt doubt) {
            String confidence = String.format(Locale.ROOT, "%.2f", classification.confidence());
            UnitMatch unit = accusedUnit.unit();
            String thai = rule.reasonTh().replace("{destination}", destination.nameTh())
                    .replace("{level}", level == null ? "ไม่ระบุ" : level)
                    .replace("{position}", position == null ? "ไม่ระบุ" : position)
                    .replace("{lineOfWork}", LineOfWorkNames.thai(classification.lineOfWork()))
                    .replace("{confidence}", confidence)
                    .replace("{accusedUnit}", unit == null ? "ไม่ทราบ" : unit.unit().nameTh())
                    .replace("{accusedUnitBasis}", accusedUnit.basisTh() == null ? "" : accusedUnit.basisTh())
                    .replace("{screeningDoubt}", doubt == null ? "การคัดกรองไม่มีข้อสงสัย" : doubt.reasonTh());
            String english = rule.reasonEn().replace("{destination}", destination.nameEn())
                    .replace("{level}", level == null ? "not given" : level)
                    .replace("{position}", position == null ? "not given" : position)
                    .replace("{lineOfWork}", LineOfWorkNames.english(classification.lineOfWork()))
                    .replace("{confidence}", confidence)
                    .replace("{accusedUnit}", unit == null ? "unknown" : unit.unit().nameEn())
                    .replace("{accusedUnitBasis}", accusedUnit.basisEn() == null ? "" : accusedUnit.basisEn())
                    .replace("{screeningDoubt}", doubt == null ? "screening was sure" : doubt.reasonEn());
            return new Reasons(thai, english, rule.reasonTh().contains("{accusedUnit}"));
        }
    }
}
