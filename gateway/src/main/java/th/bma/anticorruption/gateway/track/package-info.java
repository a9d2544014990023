/**
 * The complainant's side at the door: the tracking page, and a public API that forwards nothing about who asks.
 */
package th.bma.anticorruption.gateway.track;
