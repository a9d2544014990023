package th.bma.anticorruption.contracts;

/** The order ศปท.กทม. (the BMA Anti-Corruption Operations Centre, the Governor chairs) gives on a grounded case. */
public enum OperationsCentreOrder {
    /** สอบสวนทางวินัย: a disciplinary inquiry. */
    DISCIPLINARY_INQUIRY,
    /** Criminal referral to สำนักงาน ป.ป.ช. (the NACC). */
    CRIMINAL_REFERRAL_NACC,
    /** Criminal referral to สำนักงาน ป.ป.ท. (the PACC). */
    CRIMINAL_REFERRAL_PACC,
    /** Criminal complaint to the police (ร้องทุกข์กล่าวโทษต่อพนักงานสอบสวน). */
    CRIMINAL_REFERRAL_POLICE,
    /** มาตรการทางการบริหาร: an administrative measure short of discipline. */
    ADMINISTRATIVE_MEASURE,
    /** No action ordered. */
    NO_ACTION
}
