/**
 * MongoDB storage of cases (guarded single-document writes) and the alarm entries filed by minute.
 */
package th.bma.anticorruption.cases.store;
