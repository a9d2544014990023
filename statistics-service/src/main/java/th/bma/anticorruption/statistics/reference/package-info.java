/** The three months of the centre's report in DOMAIN.md as reproducible complaints and case snapshots, for tests here and end to end. */
package th.bma.anticorruption.statistics.reference;
