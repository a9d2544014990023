/** Jurisdiction by the rule table in force, and the never-to-own-unit policy. */
package th.bma.anticorruption.routing.jurisdiction;
