package th.bma.anticorruption.support.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a channel gave apart (a 1555 caller's name and number) wherever the text repeats them: the longest
 * first, so a name that contains another value is masked whole, and a first name or surname alone too. Numbers are
 * matched on their digits, whatever the separators or digit script in the text.
 */
final class KnownValues {

    private KnownValues() {
    }

    static String mask(String text, KnownIdentity known) {
        if (known == null || known == KnownIdentity.NONE) {
            return text;
        }
        List<Value> values = new ArrayList<>();
        add(values, known.name(), Placeholders.NAME, false);
        add(values, known.nationalId(), Placeholders.NATIONAL_ID, true);
        add(values, known.phone(), Placeholders.PHONE, true);
        add(values, known.email(), Placeholders.EMAIL, false);
        add(values, known.lineId(), Placeholders.LINE, false);
        values.sort(Comparator.comparingInt((Value v) -> v.text().length()).reversed());
        String masked = text;
        for (Value value : values) {
            masked = value.pattern().matcher(masked).replaceAll(Matcher.quoteReplacement(value.placeholder()));
            if (value.placeholder().equals(Placeholders.NAME)) {
                for (String written : value.text().split("\\s+")) {
                    String part = PersonName.withoutTitle(written);
                    if (part.length() >= 3 && !part.equals(value.text())) {
                        masked = masked.replace(part, Placeholders.NAME);
                    }
                }
            }
        }
        return masked;
    }

    private static void add(List<Value> values, String value, String placeholder, boolean digits) {
        String normalised = FreeTextMasker.normalise(value);
        if (normalised == null || normalised.length() < 3) {
            return;
        }
        if (digits) {
            String only = normalised.codePoints().filter(Character::isDigit)
                    .mapToObj(c -> String.valueOf(Character.digit(c, 10))).reduce("", String::concat);
            if (only.length() >= 6) {
                values.add(new Value(normalised, placeholder, digitsPattern(only)));
            }
            return;
        }
        values.add(new Value(normalised, placeholder, Pattern.compile(Pattern.quote(normalised),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    /** The digits with any separators between them, each digit in Arabic or Thai script. */
    private static Pattern digitsPattern(String digits) {
        StringBuilder regex = new StringBuilder("(?<![0-9๐-๙])");
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i > 0) {
                regex.append("[\\s.()\\-]{0,2}");
            }
            regex.append('[').append(d).append((char) ('๐' + d)).append(']');
        }
        return Pattern.compile(regex.append("(?![0-9๐-๙])").toString().toLowerCase(Locale.ROOT));
    }

    private record Value(String text, String placeholder, Pattern pattern) {
    }
}
