package th.bma.anticorruption.routing.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RuleReference;
import th.bma.anticorruption.routing.classification.Classification;
import th.bma.anticorruption.routing.classification.LineOfWorkClassifier;
import th.bma.anticorruption.routing.decision.RoutingPolicy;
import th.bma.anticorruption.routing.decision.RoutingVerdict;
import th.bma.anticorruption.routing.decision.RuleVersion;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.DirectoryUnit;
import th.bma.anticorruption.routing.directory.UnitKind;
import th.bma.anticorruption.routing.directory.UnitMatch;
import th.bma.anticorruption.routing.rules.PositionNames;
import th.bma.anticorruption.routing.rules.RoutingFacts;
import th.bma.anticorruption.routing.rules.RoutingRule;
import th.bma.anticorruption.routing.rules.RuleBook;
import th.bma.anticorruption.routing.rules.RuleTable;

/**
 * Decides jurisdiction with the rule table in force: the first matching rule names the destination (a fixed body, the
 * responsible unit, or triage). Then the fixed policy {@value #NEVER_TO_OWN_UNIT}: a complaint never goes to the unit
 * the accused works in; it goes one level up, to the working group of its area or else to the centre. All in memory.
 */
public final class RuleBasedRouting implements RoutingPolicy {

    public static final String NEVER_TO_OWN_UNIT = "NEVER-TO-OWN-UNIT";
    public static final int NEVER_TO_OWN_UNIT_VERSION = 1;
    static final Destination TRIAGE = new Destination(DestinationKind.TRIAGE, Directory.CENTRE,
            "ศตท.กทม. (อยู่ระหว่างตรวจสอบข้อมูล)", "Monitoring centre (under verification)");

    private final Directory directory;
    private final LineOfWorkClassifier classifier;
    private final RuleBook rules;

    public RuleBasedRouting(Directory directory, LineOfWorkClassifier classifier, RuleBook rules) {
        this.directory = directory;
        this.classifier = classifier;
        this.rules = rules;
    }

    @Override
    public RoutingVerdict decide(ComplaintSummary complaint) {
        return decide(complaint, classifier.classify(complaint));
    }

    @Override
    public RoutingVerdict decide(ComplaintSummary complaint, LineOfWork lineOfWork) {
        Classification found = classifier.classify(complaint);
        return decide(complaint, Classification.byOfficer(lineOfWork, found.topics()));
    }

    private RoutingVerdict decide(ComplaintSummary complaint, Classification classification) {
        RuleTable table = rules.current();
        AccusedPerson accused = complaint.accused();
        String level = accused == null ? null
                : PositionNames.levelOf(accused.positionLevel(), accused.position(), table.knownLevels());
        String position = accused == null ? null : PositionNames.normalise(accused.position());
        RoutingFacts facts = new RoutingFacts(level, position, classification.lineOfWork(),
                classification.confidence(), classification.topics());
        RoutingRule rule = table.firstMatch(facts)
                .orElseThrow(() -> new IllegalStateException("The rule table has no catch-all rule"));

        Destination destination = target(rule, complaint, classification);
        Reasons reasons = Reasons.of(rule, destination, level, position, classification);
        List<RuleVersion> used = new ArrayList<>(List.of(new RuleVersion(rule.ruleId(), rule.version())));
        RuleReference reference = new RuleReference(rule.ruleId(), rule.version(), reasons.thai(), reasons.english());

        Optional<UnitMatch> accusedUnit = accusedUnit(accused);
        if (accusedUnit.isPresent() && isAccusedsOwn(destination, accusedUnit.get())) {
            Destination above = oneLevelUp(classification, accusedUnit.get());
            reference = new RuleReference(NEVER_TO_OWN_UNIT, NEVER_TO_OWN_UNIT_VERSION,
                    reasons.thai() + " แต่ผู้ถูกกล่าวหาสังกัด" + destination.nameTh()
                            + " จึงไม่ส่งให้หน่วยงานต้นสังกัด และส่งขึ้นไปยัง" + above.nameTh(),
                    reasons.english() + " But the accused works at " + destination.nameEn()
                            + ", so the complaint goes one level up, to " + above.nameEn() + ".");
            used.add(new RuleVersion(NEVER_TO_OWN_UNIT, NEVER_TO_OWN_UNIT_VERSION));
            destination = above;
        }
        return new RoutingVerdict(classification.lineOfWork(), classification.confidence(), destination, reference,
                used, classification.evidence());
    }

    @Override
    public boolean isAccusedsOwnUnit(ComplaintSummary complaint, String destinationCode) {
        return accusedUnit(complaint.accused())
                .map(unit -> isAccusedsOwn(directory.get(destinationCode).asDestination(), unit))
                .orElse(false);
    }

    private Destination target(RoutingRule rule, ComplaintSummary complaint, Classification classification) {
        switch (rule.then().type()) {
            case DIRECTORY_BODY:
                return directory.get(rule.then().destinationCode()).asDestination();
            case RESPONSIBLE_UNIT:
                return responsibleUnit(complaint, classification).map(DirectoryUnit::asDestination).orElse(TRIAGE);
            default:
                return TRIAGE;
        }
    }

    /**
     * The bureau the channel sent the complaint to, else the district office of the place (the complaint's district,
     * else the organisation's), else the bureau of the line of work. Empty when nobody responsible can be named.
     */
    Optional<DirectoryUnit> responsibleUnit(ComplaintSummary complaint, Classification classification) {
        Optional<UnitMatch> organisation = directory.resolve(complaint.organisation());
        Optional<DirectoryUnit> bureau = organisation.map(UnitMatch::unit).filter(u -> u.kind() == UnitKind.BUREAU);
        if (bureau.isPresent()) {
            return bureau;
        }
        Optional<DirectoryUnit> office = BangkokDistrict.fromThai(complaint.district()).map(directory::districtOffice)
                .or(() -> organisation.map(UnitMatch::unit).filter(u -> u.kind() == UnitKind.DISTRICT_OFFICE));
        if (office.isPresent()) {
            return office;
        }
        return directory.bureauFor(classification.lineOfWork());
    }

    private Optional<UnitMatch> accusedUnit(AccusedPerson accused) {
        if (accused == null) {
            return Optional.empty();
        }
        return directory.resolve(accused.unitCode()).or(() -> directory.resolve(accused.unit()));
    }

    /** The destination is the accused's unit, or the district office a section of which the accused works in. */
    private boolean isAccusedsOwn(Destination destination, UnitMatch accusedUnit) {
        return destination.kind() != DestinationKind.TRIAGE
                && directory.find(destination.code()).map(unit -> unit.covers(accusedUnit.code())
                        || unit.code().equals(accusedUnit.unit().code())).orElse(false);
    }

    private Destination oneLevelUp(Classification classification, UnitMatch accusedUnit) {
        return directory.workingGroupFor(classification.lineOfWork(), classification.topics())
                .filter(group -> !group.code().equals(accusedUnit.unit().code()))
                .orElseGet(() -> directory.get(Directory.CENTRE))
                .asDestination();
    }

    /** A rule's reasons with its placeholders filled in. */
    record Reasons(String thai, String english) {
        static Reasons of(RoutingRule rule, Destination destination, String level, String position,
                Classification classification) {
            String confidence = String.format(java.util.Locale.ROOT, "%.2f", classification.confidence());
            String thai = rule.reasonTh().replace("{destination}", destination.nameTh())
                    .replace("{level}", level == null ? "ไม่ระบุ" : level)
                    .replace("{position}", position == null ? "ไม่ระบุ" : position)
                    .replace("{lineOfWork}", LineOfWorkNames.thai(classification.lineOfWork()))
                    .replace("{confidence}", confidence);
            String english = rule.reasonEn().replace("{destination}", destination.nameEn())
                    .replace("{level}", level == null ? "not given" : level)
                    .replace("{position}", position == null ? "not given" : position)
                    .replace("{lineOfWork}", LineOfWorkNames.english(classification.lineOfWork()))
                    .replace("{confidence}", confidence);
            return new Reasons(thai, english);
        }
    }
}
