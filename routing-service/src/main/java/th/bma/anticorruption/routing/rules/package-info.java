/** The routing rule table as data: versioned, validated, audited, held in memory. */
package th.bma.anticorruption.routing.rules;
