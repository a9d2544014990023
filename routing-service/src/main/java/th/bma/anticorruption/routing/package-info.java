/** Routing service: decides where every complaint goes and why. */
package th.bma.anticorruption.routing;
