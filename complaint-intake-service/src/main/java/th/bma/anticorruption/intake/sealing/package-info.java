/** Sealing with Google Tink AEAD: keys in a keyset file outside MongoDB, rotation by adding keys. */
package th.bma.anticorruption.intake.sealing;
