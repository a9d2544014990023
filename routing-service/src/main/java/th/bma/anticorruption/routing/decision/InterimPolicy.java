package th.bma.anticorruption.routing.decision;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RuleReference;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.DirectoryUnit;
import th.bma.anticorruption.routing.directory.UnitMatch;

/** First simple rule: working group of the organisation's line of work, else the district office, else triage. */
@Component
class InterimPolicy implements RoutingPolicy {

    private final Directory directory;

    InterimPolicy(Directory directory) {
        this.directory = directory;
    }

    @Override
    public RoutingVerdict decide(ComplaintSummary complaint) {
        Optional<UnitMatch> organisation = directory.resolve(complaint.organisation());
        LineOfWork line = organisation.flatMap(UnitMatch::lineOfWork).orElse(LineOfWork.OTHER);
        return decide(complaint, line);
    }

    @Override
    public RoutingVerdict decide(ComplaintSummary complaint, LineOfWork line) {
        Optional<DirectoryUnit> target = directory.workingGroupFor(line, List.of())
                .or(() -> BangkokDistrict.fromThai(complaint.district()).map(directory::districtOffice));
        Destination destination = target.map(DirectoryUnit::asDestination)
                .orElse(new Destination(DestinationKind.TRIAGE, Directory.CENTRE, "อยู่ระหว่างตรวจสอบข้อมูล",
                        "Under verification"));
        return new RoutingVerdict(line, 0.8, destination, new RuleReference("INTERIM", 1,
                "ส่งตามสายงานหรือสำนักงานเขต", "By line of work or district office"),
                List.of(new RuleVersion("INTERIM", 1)), List.of());
    }
}
