package th.bma.anticorruption.support.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The complainant naming themselves: a name after a self-reference phrase ({@code ผมชื่อ}, {@code ดิฉันชื่อ},
 * {@code ชื่อผู้แจ้ง}, {@code ผู้โทรชื่อ}, {@code ติดต่อคุณ}, a letter's {@code ลงชื่อ} …), with or without a title,
 * or after a pronoun or the complainant's role with a title ({@code ข้าพเจ้า นายสมชาย}, {@code ผู้ร้องเรียน นางสาว…}).
 * Anyone else the text names (the accused, a witness) is left as written: a title alone says nothing of who wrote.
 */
final class SelfNamedComplainant {

    private static final String PRONOUN = "(?:กระผม|ผม|ดิฉัน|ฉัน|หนู|ข้าพเจ้า|ข้าฯ)";
    private static final String ROLE = "(?:ผู้ร้องเรียน|ผู้ร้องทุกข์|ผู้ร้อง|ผู้แจ้งเหตุ|ผู้แจ้งเรื่อง|ผู้แจ้ง|ผู้โทรแจ้ง|ผู้โทรเข้า"
            + "|ผู้โทร|ผู้ให้ข้อมูล|ผู้ให้ถ้อยคำ)";

    /** Phrases after which a name follows, title or not; group {@code pronoun} marks the ones that start with one. */
    private static final Pattern NAMING = Pattern.compile("(?=[กผดฉหขชแรลตmMnN\\s])(?:"
            + "(?<pronoun>" + PRONOUN + ")(?:เป็น[\\u0E01-\\u0E4E]{1,20}?)?\\s?ชื่อ(?:ว่า)?"
            + "|ชื่อ(?:ของ)?\\s?" + ROLE
            + "|" + ROLE + "\\s?(?:ชื่อ(?:ว่า)?|คือ)"
            + "|ชื่อ\\s?(?:-|และ|/)?\\s?(?:นาม)?สกุล"
            + "|(?:แจ้ง|ร้องเรียน|ร้องทุกข์)โดย|(?<!ผู้)ลงชื่อ|(?<!ผู้)ลงนาม"
            + "|(?m:^)\\s*ชื่อ\\s*[:：]"
            + "|(?i:my name is|name\\s*:)"
            + "|ติดต่อ(?:กลับ)?(?:ได้)?(?:ที่|หา)?(?=คุณ))");

    /** A pronoun or role needs a title after it to name someone: {@code ข้าพเจ้าขอร้องเรียน} names no one. */
    private static final Pattern TITLED = Pattern.compile("(?=[กผดฉหขตแใบ])(?:(?<pronoun>" + PRONOUN + ")|" + ROLE
            + "|ติดต่อกลับ(?:ได้)?(?:ที่|หา)?|ขอแสดงความนับถือ|(?:แจ้ง|ให้|บอก)ชื่อ(?:ว่า)?)");

    /** What may come right before a pronoun that starts a sentence: {@code สวัสดีครับผมชื่อ…}. */
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "(?:ครับ|คับ|ค่ะ|คะ|ค่า|สวัสดี|คือ|นะ|จ้ะ|จ้า|ก่อนอื่น|โดย|และ|ซึ่ง)$");

    private SelfNamedComplainant() {
    }

    static String mask(String text) {
        String masked = mask(text, NAMING, false);
        return mask(masked, TITLED, true);
    }

    private static String mask(String text, Pattern phrases, boolean titleRequired) {
        Matcher phrase = phrases.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && phrase.find(from)) {
            int nameEnd = startsSentence(text, phrase) ? PersonName.end(text, phrase.end(), titleRequired) : -1;
            if (nameEnd < 0) {
                from = phrase.start() + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            int nameStart = PersonName.start(text, phrase.end());
            out.append(text, copied, nameStart).append(Placeholders.NAME);
            copied = nameEnd;
            from = nameEnd;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A pronoun inside a word or a sentence ({@code เรียกเงินผมชื่อนายสมศักดิ์}) is not the writer naming themselves. */
    private static boolean startsSentence(String text, Matcher phrase) {
        if (phrase.start("pronoun") < 0 || phrase.start() == 0) {
            return true;
        }
        char before = text.charAt(phrase.start() - 1);
        if (!Character.isLetter(before) && Character.getType(before) != Character.NON_SPACING_MARK) {
            return true;
        }
        int lookBack = Math.max(0, phrase.start() - 40);
        return SENTENCE_OPENER.matcher(text).region(lookBack, phrase.start()).find();
    }
}
