/**
 * The rebuild from scratch: the input topics replayed once, folded in memory and loaded in bulk before the consumers
 * start.
 */
package th.bma.anticorruption.statistics.rebuild;
