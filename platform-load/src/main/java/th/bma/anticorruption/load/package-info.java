/**
 * Load generator, benchmark and fault suite for the platform, run against the local run (see docs/benchmarks.md and
 * docs/reliability.md).
 */
package th.bma.anticorruption.load;
