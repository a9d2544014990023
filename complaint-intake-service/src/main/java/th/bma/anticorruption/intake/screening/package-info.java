/**
 * Screening: is a channel record about corruption or misconduct of officials? Rules as data (terms, phrases,
 * combinations, traps and negations), versioned and audited, changed by the director at run time; ICU word boundaries;
 * a learned second opinion (naive Bayes over words and character n-grams) where no rule takes a record in, whose
 * verdict is marked doubted (routing sends it to triage).
 */
package th.bma.anticorruption.intake.screening;
