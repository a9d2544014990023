/** Wiring, security and persistence settings of the routing service. */
package th.bma.anticorruption.routing.config;
