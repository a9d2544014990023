package th.bma.anticorruption.support.privacy;

import java.text.Normalizer;

/**
 * The one masker every free text passes before it is stored outside the sealed vault or published (complaint
 * descriptions of every channel, Traffy status notes, officers' reasons and notes). It replaces, with the
 * {@link Placeholders}: the values a channel gave apart ({@link KnownIdentity}), e-mail addresses (spelled out too),
 * Facebook and LINE handles, bank accounts, national ids, phone numbers in every spelling, house numbers, and the
 * name of a complainant who names themselves ({@code ผมชื่อสมชาย ใจดี}, {@code ข้าพเจ้า นางสาว…}). Anyone else the
 * text names, the accused first, stays readable for the officers who handle the case. Its patterns are compiled
 * once; it is safe to call from any thread.
 */
public final class FreeTextMasker {

    private FreeTextMasker() {
    }

    /** The text with every personal datum it holds replaced; null stays null. */
    public static String mask(String text) {
        return mask(text, KnownIdentity.NONE);
    }

    /** The same, and the values the channel gave apart wherever the text repeats them. */
    public static String mask(String text, KnownIdentity known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = normalise(text);
        masked = KnownValues.mask(masked, known);
        masked = ContactHandles.mask(masked);
        masked = NumberedIdentifiers.maskBankAccounts(masked);
        masked = PhoneNumbers.mask(masked);
        masked = NumberedIdentifiers.maskNationalIds(masked);
        masked = NumberedIdentifiers.maskHouseNumbers(masked);
        return SelfNamedComplainant.mask(masked);
    }

    /** NFC and stripped, as the masker compares text; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        // Most text arrives in NFC already: checking is much cheaper than normalising.
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.strip();
    }

    /** Whether masking changed more than the text's normal form: then the original must be sealed. */
    public static boolean masksSomething(String original, String masked) {
        return original != null && !normalise(original).equals(masked);
    }
}
