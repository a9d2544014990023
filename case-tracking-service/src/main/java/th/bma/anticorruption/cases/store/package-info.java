/**
 * MongoDB storage of cases (guarded single-document writes) and the hourly alarm slots.
 */
package th.bma.anticorruption.cases.store;
