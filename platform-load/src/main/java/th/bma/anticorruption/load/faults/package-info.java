/**
 * The fault suite: the local run started from the launcher's exec jar on free ports and a fresh data
 * folder, steady load from the {@code generator}, and one scenario at a time - kill -9 of each service, of the Kafka
 * broker, a poison message on every input topic, duplicate storms, hostile input on every endpoint, clock jumps
 * across deadlines. Every scenario keeps a ledger of what was sent and acknowledged and reconciles it with the cases
 * and the monthly statistics; {@link th.bma.anticorruption.load.faults.FaultSuite} writes the results to
 * {@code docs/reliability.md}.
 */
package th.bma.anticorruption.load.faults;
