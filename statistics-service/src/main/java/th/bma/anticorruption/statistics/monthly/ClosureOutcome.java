package th.bma.anticorruption.statistics.monthly;

/**
 * How a closed case of the internal track (the ก.ก. office's preliminary check and the secret fact-finding
 * subcommittee) ended, as the statistics count it: not credible after the preliminary check, not grounded, or grounded
 * and then the order of ศปท.กทม. (a disciplinary inquiry, a criminal referral to the NACC or the PACC or a complaint
 * to the police, an administrative measure, no action). {@link #OUTCOME_NOT_RECORDED} counts a case closed without
 * its outcome on record. In the order the report lists them.
 */
public enum ClosureOutcome {
    NOT_CREDIBLE,
    NOT_GROUNDED,
    DISCIPLINARY_INQUIRY,
    CRIMINAL_REFERRAL_NACC,
    CRIMINAL_REFERRAL_PACC,
    CRIMINAL_REFERRAL_POLICE,
    ADMINISTRATIVE_MEASURE,
    NO_ACTION,
    OUTCOME_NOT_RECORDED
}
