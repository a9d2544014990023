/** Validation rules shared by every channel: NFC Thai text, lengths in graphemes, coordinates inside Thailand. */
package th.bma.anticorruption.intake.validation;
