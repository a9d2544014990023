/**
 * The officers' HTTP API on cases, its security and its problem+json answers.
 */
package th.bma.anticorruption.cases.web;
