/** Sealed identity: masking in text, Tink-encrypted particulars apart from the complaint, audited reveal. */
package th.bma.anticorruption.intake.identity;
