package th.bma.anticorruption.intake.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * Masks personal data in free text before it leaves intake: the complainant's own name, phone, national id,
 * e-mail and LINE id wherever they appear, and any 13-digit id number, phone number, e-mail address, LINE id and
 * house number (บ้านเลขที่ 99/12) the text contains. Thai digits count as digits.
 */
public final class PersonalDataMasker {

    public static final String NAME = "[ชื่อถูกปกปิด]";
    public static final String ID_NUMBER = "[เลขบัตรถูกปกปิด]";
    public static final String PHONE = "[เบอร์โทรถูกปกปิด]";
    public static final String EMAIL = "[อีเมลถูกปกปิด]";
    public static final String LINE_ID = "[ไลน์ถูกปกปิด]";
    public static final String HOUSE_NUMBER = "[เลขที่ถูกปกปิด]";

    private static final String D = "[0-9๐-๙]";
    private static final Pattern ID_NUMBER_IN_TEXT = Pattern.compile("(?<![0-9๐-๙])" + D + "(?:[\\s-]?" + D + "){12}(?![0-9๐-๙])");
    private static final Pattern PHONE_IN_TEXT = Pattern.compile(
            "(?<![0-9๐-๙+])(?:\\+66[\\s-]?|0)" + D + "(?:[\\s-]?" + D + "){7,8}(?![0-9๐-๙])");
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern LINE_IN_TEXT = Pattern.compile(
            "(?iu)((?:line\\s*id|line|ไลน์ไอดี|ไอดีไลน์|ไลน์)\\s*[:：]?\\s*)@?[A-Za-z0-9._-]{3,}");
    private static final Pattern HOUSE_NUMBER_IN_TEXT = Pattern.compile(
            "((?:บ้านเลขที่|เลขที่|บ้านเลข)\\s*)" + D + "+(?:\\s*/\\s*" + D + "+)?");

    private PersonalDataMasker() {
    }

    public static String mask(String text, ComplainantIdentity identity) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = ThaiText.normalise(text);
        masked = maskKnownValues(masked, identity);
        masked = EMAIL_IN_TEXT.matcher(masked).replaceAll(Matcher.quoteReplacement(EMAIL));
        masked = ID_NUMBER_IN_TEXT.matcher(masked).replaceAll(Matcher.quoteReplacement(ID_NUMBER));
        masked = PHONE_IN_TEXT.matcher(masked).replaceAll(Matcher.quoteReplacement(PHONE));
        masked = HOUSE_NUMBER_IN_TEXT.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(HOUSE_NUMBER));
        masked = LINE_IN_TEXT.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(LINE_ID));
        return masked;
    }

    /** Longest values first, so a name that contains another value is masked whole. */
    private static String maskKnownValues(String text, ComplainantIdentity identity) {
        if (identity == null) {
            return text;
        }
        List<String[]> known = new ArrayList<>();
        addKnown(known, identity.name(), NAME);
        addKnown(known, identity.nationalId(), ID_NUMBER);
        addKnown(known, identity.phone(), PHONE);
        addKnown(known, identity.email(), EMAIL);
        addKnown(known, identity.lineId(), LINE_ID);
        known.sort(Comparator.comparingInt((String[] pair) -> pair[0].length()).reversed());
        String masked = text;
        for (String[] pair : known) {
            masked = Pattern.compile(Pattern.quote(pair[0]), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(masked).replaceAll(Matcher.quoteReplacement(pair[1]));
            String[] parts = pair[0].split("\\s+");
            if (pair[1].equals(NAME) && parts.length > 1) {
                // A first name or surname alone still names the complainant.
                for (String part : parts) {
                    if (ThaiText.graphemes(part) >= 2) {
                        masked = masked.replace(part, NAME);
                    }
                }
            }
        }
        return masked;
    }

    private static void addKnown(List<String[]> known, String value, String mask) {
        String normalised = ThaiText.normalise(value);
        if (normalised != null && normalised.length() >= 3) {
            known.add(new String[] {normalised, mask});
        }
    }
}
