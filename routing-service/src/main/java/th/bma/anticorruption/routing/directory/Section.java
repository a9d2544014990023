package th.bma.anticorruption.routing.directory;

import java.util.List;

import th.bma.anticorruption.contracts.LineOfWork;

/**
 * A section (ฝ่าย) of a district office, e.g. {@code DISTRICT-1007-CITY-LAW-ENFORCEMENT} ฝ่ายเทศกิจ of Pathum Wan.
 * Sections are not routing destinations: the district office dispatches to its sections itself.
 */
public record Section(String code, String nameTh, String nameEn, LineOfWork lineOfWork, List<String> topics) {
}
