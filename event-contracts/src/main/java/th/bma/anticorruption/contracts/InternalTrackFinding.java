package th.bma.anticorruption.contracts;

/** What the ก.ก. office's internal track found about a complaint against BMA staff, in the order it can find it. */
public enum InternalTrackFinding {
    /** The preliminary check found no credible information or evidence: closed with the reason (ไม่น่าเชื่อถือ). */
    NOT_CREDIBLE,
    /** ไม่มีมูล: not grounded, after the preliminary review or the secret fact-finding subcommittee. */
    NOT_GROUNDED,
    /** มีมูล: grounded, presented to ศปท.กทม. (the Governor chairs) for orders. */
    GROUNDED
}
