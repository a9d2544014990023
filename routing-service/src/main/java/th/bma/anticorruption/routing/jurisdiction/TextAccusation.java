package th.bma.anticorruption.routing.jurisdiction;

import java.util.List;

import th.bma.anticorruption.routing.directory.UnitMention;

/**
 * What a complaint's own words say about BMA staff: whether they accuse staff, ask a unit to act against someone else,
 * only praise staff, or neither; the unit named with the accused staff (or, failing that, the section a staff word implies, e.g.
 * {@code เทศกิจ}); a position and level written with them, and whether that position belongs to no unit (a
 * political office); the word that made it an accusation ({@code marker}); and every office the text names
 * ({@code offices}), accused or not.
 */
record TextAccusation(Kind kind, UnitMention accusedUnit, String sectionKey, String position, String level,
        boolean unitless, String marker, List<UnitMention> offices, List<String> evidence) {

    enum Kind {
        STAFF_ACCUSED,
        ENFORCEMENT_REQUESTED,
        PRAISE,
        NEITHER
    }
}
