/**
 * The benchmark ({@code ./bench.sh}, docs/benchmarks.md): starts the local run on free ports and a fresh data folder
 * (or uses one already running), measures intake throughput through the gateway, latency to the case and to the
 * statistics topic, the Traffy CSV backfill, the statistics rebuild, start-up time and memory, and in the same run
 * the machine's floor (raw Kafka producer and consumer, a trivial HTTP endpoint under the same load loop), printing
 * every result with its ratio to its floor.
 */
package th.bma.anticorruption.load.benchmark;
