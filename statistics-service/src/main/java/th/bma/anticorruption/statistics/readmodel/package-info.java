/** The MongoDB read model: one document per complaint (latest case snapshot, guarded by caseVersion) and per screened-out record; figures are computed from them. */
package th.bma.anticorruption.statistics.readmodel;
