package th.bma.anticorruption.statistics.monthly;

/**
 * How a case on the internal track (the ก.ก. office's preliminary check and the secret fact-finding subcommittee)
 * ended, as the statistics count it: not credible after the preliminary check, not grounded after the
 * subcommittee, or grounded and then the order of ศปท.กทม. (disciplinary inquiry, criminal referral to the NACC,
 * PACC or police, administrative measure, no action). {@link #OUTCOME_NOT_RECORDED} counts a case that was closed
 * without the order being recorded on it.
 */
public enum InternalTrackOutcome {
    DISCIPLINARY_INQUIRY,
    CRIMINAL_REFERRAL,
    ADMINISTRATIVE_MEASURE,
    NO_ACTION,
    NOT_CREDIBLE,
    NOT_GROUNDED,
    OUTCOME_NOT_RECORDED
}
