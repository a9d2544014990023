/**
 * Time acting on cases: the timing policy (30-day subcommittee deadline, holidays, the 20th, staleness) and the watch.
 */
package th.bma.anticorruption.cases.deadline;
