package th.bma.anticorruption.contracts;

/** Where a complaint came from, as the centre's monthly report counts channels. */
public enum Channel {
    TRAFFY_FONDUE,
    HOTLINE_1555,
    EXECUTIVE_REFERRAL,
    LETTER,
    WEBSITE,
    WALK_IN
}
