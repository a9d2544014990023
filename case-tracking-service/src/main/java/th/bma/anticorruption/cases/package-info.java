/**
 * Case tracking: one case per complaint, the centre's procedure, its deadlines, progress reports, audit and public tracking.
 */
package th.bma.anticorruption.cases;
