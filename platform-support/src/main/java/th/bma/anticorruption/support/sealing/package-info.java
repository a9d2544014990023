/**
 * Sealing with Google Tink AEAD, the same way in every service that keeps what may identify a complainant: the
 * keyset in a file outside MongoDB ({@code platform.identity.keyset-path}),
 * {@link th.bma.anticorruption.support.sealing.SealedTexts} for the originals of masked free texts, every sealed
 * field with its context in {@link th.bma.anticorruption.support.sealing.SealedFields}, and key rotation: a new
 * primary key, every stored value re-sealed under it ({@link th.bma.anticorruption.support.sealing.SealedRecords}),
 * the old key retired only when nothing is sealed under it
 * ({@link th.bma.anticorruption.support.sealing.IdentityKeyRetirement}).
 */
package th.bma.anticorruption.support.sealing;
