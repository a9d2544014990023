/**
 * Free text is personal data until proven otherwise: {@link th.bma.anticorruption.support.privacy.FreeTextMasker}
 * masks the complainant's name, numbers and handles in any text before it is stored outside the sealed vault or
 * published. Framework-free: plain Java, ICU4J for Thai words and libphonenumber for phone numbers.
 */
package th.bma.anticorruption.support.privacy;
