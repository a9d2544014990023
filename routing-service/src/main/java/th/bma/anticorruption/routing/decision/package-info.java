/**
 * Routing decisions: made once per complaint, stored immutably with their events, sequenced, announced; officers'
 * later decisions. Where they are kept ({@link th.bma.anticorruption.routing.decision.DecisionStore}) and how they are
 * announced ({@link th.bma.anticorruption.routing.decision.DecisionAnnouncer}) are ports the adapters implement.
 */
package th.bma.anticorruption.routing.decision;
