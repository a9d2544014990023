/**
 * Screening: is a channel record about corruption or misconduct of officials? Rules as data (terms, phrases,
 * combinations, traps and negations), versioned and audited, changed by the director at run time; ICU word boundaries;
 * words that signal corruption without an accused BMA official or unit beside them are taken in as doubted; a learned
 * second opinion (naive Bayes over words and character n-grams) where no rule takes a record in, whose
 * verdict is marked doubted (routing sends it to triage).
 */
package th.bma.anticorruption.intake.screening;
