/** Tracking codes: random, hashed downstream, sealed at intake. */
package th.bma.anticorruption.intake.tracking;
