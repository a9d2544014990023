/**
 * Sealing with Google Tink AEAD, the same way in every service that keeps what may identify a complainant: the
 * keyset in a file outside MongoDB ({@code platform.identity.keyset-path}), rotation by adding keys, and
 * {@link th.bma.anticorruption.support.sealing.SealedTexts} for the originals of masked free texts.
 */
package th.bma.anticorruption.support.sealing;
