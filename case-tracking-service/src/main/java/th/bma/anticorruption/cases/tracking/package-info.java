/**
 * Public tracking by code: coarse status only.
 */
package th.bma.anticorruption.cases.tracking;
