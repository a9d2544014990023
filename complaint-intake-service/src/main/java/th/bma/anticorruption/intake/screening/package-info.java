/**
 * Screening: is a channel record about corruption or misconduct of officials? Rules as data (terms, phrases,
 * combinations, traps and negations), versioned and audited, changed by the director at run time; ICU word boundaries;
 * optionally a learned second opinion (naive Bayes over words and character n-grams) where no rule decides.
 */
package th.bma.anticorruption.intake.screening;
