/** Screening: is a channel record about corruption or misconduct of officials? Lexicon as data, ICU word boundaries. */
package th.bma.anticorruption.intake.screening;
