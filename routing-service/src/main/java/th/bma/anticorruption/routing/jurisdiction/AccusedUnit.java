package th.bma.anticorruption.routing.jurisdiction;

import java.util.List;

import th.bma.anticorruption.routing.directory.Section;
import th.bma.anticorruption.routing.directory.UnitMatch;
import th.bma.anticorruption.routing.rules.AccusedUnitFinding;

/**
 * The unit whose staff a complaint accuses, as far as routing can tell: what was found ({@code finding}), the unit
 * (null unless NAMED, INFERRED or UNCLEAR) and where it was read ({@code source}), why in Thai and English
 * ({@code basisTh}, {@code basisEn}, for the decision's reason), the accused's position and level when the text gives
 * them, the evidence, and the accused's section when the channel or the text names it as an office
 * ({@code namedSection}: {@code ฝ่ายโยธา เขตบางกะปิ}, {@code จนท.โยธาเขตบางขุนเทียน}; null when only a staff word or the
 * line of work suggests it).
 */
public record AccusedUnit(AccusedUnitFinding finding, UnitMatch unit, Source source, String basisTh, String basisEn,
        String position, String level, List<String> evidence, Section namedSection) {

    /** Where the unit was read. */
    public enum Source {
        /** The accused person the channel sent. */
        CHANNEL,
        /** An office the text names with the accused staff. */
        TEXT,
        /** The organisation the channel sent the complaint to. */
        ORGANISATION,
        /** The complaint's district (and line of work, or the section a staff word implies). */
        PLACE
    }

    static AccusedUnit none(List<String> evidence) {
        return new AccusedUnit(AccusedUnitFinding.NONE, null, null, null, null, null, null, List.copyOf(evidence),
                null);
    }

    /** The unit's code when the complaint must never go there, else null. */
    public String avoidedCode() {
        return finding.unitKnown() ? unit.unit().code() : null;
    }
}
