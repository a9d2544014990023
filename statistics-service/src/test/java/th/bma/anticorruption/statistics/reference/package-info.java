/**
 * The three months of the centre's monthly report (February 2023, March 2023 and 1-21 April 2023) as reproducible
 * complaints and case snapshots, for tests here and, through the test-jar, end to end.
 */
package th.bma.anticorruption.statistics.reference;
