package th.bma.anticorruption.contracts;

/** The state of a case's deadline. */
public enum DeadlineStatus {
    OPEN,
    MET,
    BREACHED
}
