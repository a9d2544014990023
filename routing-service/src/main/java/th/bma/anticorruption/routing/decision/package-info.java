/** Routing decisions: made once per complaint, stored immutably, sequenced, published; officers' later decisions. */
package th.bma.anticorruption.routing.decision;
