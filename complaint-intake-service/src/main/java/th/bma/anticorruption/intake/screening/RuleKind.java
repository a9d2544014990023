package th.bma.anticorruption.intake.screening;

/**
 * How a screening rule reads a record. Every rule has groups of alternatives (words or phrases, matched as whole
 * words); a kind says how many groups and how they must occur.
 */
public enum RuleKind {

    /** One group: a Traffy tag of the ticket equals one of the alternatives (Traffy only, never the text). */
    CATEGORY,

    /** One group: any alternative found in the text. */
    TERM,

    /** Two or more groups found in this order, each at most {@code window} words after the one before. */
    PHRASE,

    /** Two or more groups found in any order, all within {@code window} words. */
    COMBINATION,

    /**
     * Two or three groups, for a VETO only: the first found in the text and no alternative of the second anywhere else
     * in it (an occurrence inside words the first group matched does not count), nor of the third, if there is one,
     * further than {@code window} words from the first's words. It vetoes the whole record: an accusation that names
     * only a body outside the BMA ({@code ตำรวจ}, {@code การประปานครหลวง}) is out of the centre's scope unless a BMA
     * unit is named as well (the second group), or a member of staff in general words ({@code เจ้าหน้าที่},
     * {@code officer}: the third) who is not that body's own, named right beside it ({@code immigration an officer}).
     */
    WITHOUT;

    boolean readsText() {
        return this != CATEGORY;
    }
}
