package th.bma.anticorruption.support.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Phone numbers in every spelling people use: {@code 081-234-5678}, {@code 081.234.5678}, {@code 081 234 5678},
 * {@code (02) 123 4567}, {@code +66 81 234 5678}, {@code 66812345678}, {@code ๐๘๑-๒๓๔-๕๖๗๘}. Google's libphonenumber
 * finds the valid Thai numbers (it knows the numbering plan, punctuation and Thai digits); a pattern then catches any
 * 9- or 10-digit number that starts like a Thai one, valid or not, since a mistyped number still points at its owner.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String D = NumberedIdentifiers.DIGIT;
    private static final String SEPARATOR = "[\\s.()\\-/]{0,2}";
    private static final Pattern THAI_LOOKING = Pattern.compile("(?<![0-9๐-๙])(?:(?:\\+|00)\\s?(?:66|๖๖)|(?:66|๖๖)"
            + "|\\(?[0๐])(?:" + SEPARATOR + "\\(?" + D + "\\)?){8,9}(?![0-9๐-๙])");
    /** Fewer digits than this and the text holds no phone number: skip the costlier search. */
    private static final int FEWEST_DIGITS = 8;

    private PhoneNumbers() {
    }

    static String mask(String text) {
        if (digits(text) < FEWEST_DIGITS) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "TH", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, match.start()).append(Placeholders.PHONE);
            copied = match.end();
        }
        String masked = out == null ? text : out.append(text, copied, text.length()).toString();
        return THAI_LOOKING.matcher(masked).replaceAll(Matcher.quoteReplacement(Placeholders.PHONE));
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
