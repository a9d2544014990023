/**
 * Application services: opening and moving cases from routing, officers' actions with access rules, publishing case events.
 */
package th.bma.anticorruption.cases.casework;
