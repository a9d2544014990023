package th.bma.anticorruption.contracts;

/** สายงาน: the line of work as the monthly report counts it. */
public enum LineOfWork {
    PUBLIC_WORKS,
    CITY_LAW_ENFORCEMENT,
    REVENUE,
    ENVIRONMENT,
    OTHER
}
