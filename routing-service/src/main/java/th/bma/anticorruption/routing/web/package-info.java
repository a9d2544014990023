/** HTTP edge: directory, triage queue, decisions, reroute, re-decision and rules. */
package th.bma.anticorruption.routing.web;
