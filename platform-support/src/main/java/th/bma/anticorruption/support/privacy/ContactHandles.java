package th.bma.anticorruption.support.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, plain or spelled out ({@code somchai at gmail dot com}, {@code somchai[at]gmail.com},
 * {@code somchai แอท gmail ดอท com}), LINE ids ({@code ไลน์ไอดี somchai99}, {@code line: @abc}, line.me links) and
 * Facebook accounts ({@code fb.com/…}, {@code เฟส สมชาย ใจดี}, {@code FB: somchai.j}).
 */
final class ContactHandles {

    private static final String AT = "(?:\\s*(?:@|＠|\\[\\s*at\\s*]|\\(\\s*at\\s*\\)|\\{\\s*at\\s*}|แอท)\\s*|\\s+at\\s+)";
    private static final String DOT = "(?:\\s*(?:\\[\\s*dot\\s*]|\\(\\s*dot\\s*\\)|\\{\\s*dot\\s*}|ดอท|จุด)\\s*|\\s+dot\\s+|\\.)";
    private static final Pattern EMAIL = Pattern.compile(
            "(?i)(?<![A-Za-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*" + AT + "[a-z0-9-]+(?:" + DOT + "[a-z0-9-]+)*" + DOT
            + "[a-z]{2,}(?![a-z0-9])");

    /** {@code ไลน์มาได้ที่ @abc}: the words between the keyword and the handle. */
    private static final String ADDRESSED = "\\s*(?:มา)?(?:ได้)?(?:ที่)?\\s*";
    private static final Pattern FACEBOOK_LINK = Pattern.compile(
            "(?i)(?:https?://)?(?:www\\.|m\\.|web\\.|th-th\\.)?(?:facebook\\.com|fb\\.com|fb\\.me|fb\\.watch)/[^\\s,，)]+");
    private static final Pattern FACEBOOK = Pattern.compile(
            "(?i)(?=[เfF])(?<![A-Za-z])(?:เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟสบุ๊ก|เฟสบุค|เฟซบุค|facebook|เฟส|เฟซ|fb)(?![A-Za-z])"
            + "(?:\\s*(?:ชื่อ(?:ว่า)?|name|ไอดี|id))?" + ADDRESSED + "[:：]?\\s*");
    private static final Pattern LINE_LINK = Pattern.compile("(?i)(?:https?://)?line\\.me/[^\\s,，)]+");
    private static final Pattern LINE = Pattern.compile(
            "(?i)(?=[ไlLiI])(?<![A-Za-z])(?:ไลน์ไอดี|ไอดีไลน์|line\\s*id|id\\s*line|ไลน์|line)(?![A-Za-z])"
            + "(?:\\s*(?:ไอดี|id|ชื่อ(?:ว่า)?))?" + ADDRESSED + "[:：]?\\s*(?:คือ\\s*)?");
    private static final Pattern HANDLE = Pattern.compile("@?[A-Za-z0-9][A-Za-z0-9._-]{2,}");
    /** A Latin handle must look like one: a letter in it, not a bare number (that is left to the phone masks). */
    private static final Pattern HAS_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern LATIN_SURNAME = Pattern.compile(" [A-Z][a-z]+");

    private ContactHandles() {
    }

    static String mask(String text) {
        String masked = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(Placeholders.EMAIL));
        masked = FACEBOOK_LINK.matcher(masked).replaceAll(Matcher.quoteReplacement(Placeholders.FACEBOOK));
        masked = LINE_LINK.matcher(masked).replaceAll(Matcher.quoteReplacement(Placeholders.LINE));
        masked = handles(masked, FACEBOOK, Placeholders.FACEBOOK);
        return handles(masked, LINE, Placeholders.LINE);
    }

    /** After the keyword: a Latin handle, or a name as people give it ({@code เฟส สมชาย ใจดี}). */
    private static String handles(String text, Pattern keyword, String placeholder) {
        Matcher m = keyword.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = handleEnd(text, m.end());
            if (end < 0) {
                from = m.end() > m.start() ? m.start() + 1 : m.end() + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.end()).append(placeholder);
            copied = end;
            from = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static int handleEnd(String text, int at) {
        Matcher handle = HANDLE.matcher(text).region(at, text.length());
        if (handle.lookingAt() && HAS_LETTER.matcher(handle.group()).find()) {
            int end = handle.end();
            // "FB: Somchai Jaidee": a second capitalised Latin word is the surname.
            Matcher surname = LATIN_SURNAME.matcher(text).region(end, text.length());
            return Character.isUpperCase(handle.group().charAt(0)) && surname.lookingAt() ? surname.end() : end;
        }
        return PersonName.end(text, at, false);
    }
}
