package th.bma.anticorruption.routing.directory;

import java.util.List;

import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * One body of the unit directory with its stable code, Thai and English names, the body above it
 * ({@code parentCode}: a district office's district group), the line of work and topics it is responsible for,
 * and, for a district office, its sections.
 */
public record DirectoryUnit(
        String code,
        UnitKind kind,
        String nameTh,
        String nameEn,
        String parentCode,
        LineOfWork lineOfWork,
        List<String> topics,
        List<Section> sections) {

    public Destination asDestination() {
        return new Destination(kind.destinationKind(), code, nameTh, nameEn);
    }

    /** Whether a code names this body or one of its sections. */
    public boolean covers(String unitCode) {
        return code.equals(unitCode) || sections.stream().anyMatch(s -> s.code().equals(unitCode));
    }
}
