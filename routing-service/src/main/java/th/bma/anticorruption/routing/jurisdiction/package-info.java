/**
 * Jurisdiction: whose staff a complaint accuses (named by the channel, or read from its organisation, its text and its
 * place), the rule table in force, and the never-to-own-unit policy.
 */
package th.bma.anticorruption.routing.jurisdiction;
