package th.bma.anticorruption.support.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where a person's name written at a given place in Thai text ends: an optional title (นาย, นางสาว, น.ส., คุณ,
 * ร.ต.อ. …), a first name and, after a space, a surname. Thai has no spaces between words, so a name run on into
 * the rest of the sentence ({@code สมชายอยากแจ้งว่า}) is cut at the first word (ICU's Thai dictionary) that is no
 * part of a name.
 */
final class PersonName {

    /** Titles and ranks, longest first so {@code นางสาว} wins over {@code นาง}. */
    private static final Pattern TITLE = Pattern.compile("(?:นางสาว|นาง|นาย|น\\.\\s?ส\\.|นส\\.|เด็กชาย|เด็กหญิง"
            + "|ด\\.\\s?ช\\.|ด\\.\\s?ญ\\.|คุณ|ดร\\.|ผศ\\.|รศ\\.|ศ\\.|ว่าที่\\s?(?:ร\\.ต\\.|ร้อยตรี)|พล\\.ต\\.[อทต]\\."
            + "|พ\\.ต\\.[อทต]\\.|ร\\.ต\\.[อทต]\\.|ด\\.ต\\.|จ\\.ส\\.ต\\.|ส\\.ต\\.[อทต]\\.|จ\\.ส\\.[อทต]\\.|พ\\.[อทต]\\."
            + "|ร\\.[อทต]\\.|จ\\.[อทต]\\.|ส\\.[อทต]\\.|พลทหาร|พระครู|พระ|ม\\.ร\\.ว\\.|ม\\.ล\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Miss)"
            + "\\s?");
    private static final Pattern THAI_RUN = Pattern.compile("[\\u0E01-\\u0E3A\\u0E40-\\u0E4E]+");
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z][A-Za-z'-]*");

    /** Words that never begin a name: the sentence goes on. */
    private static final Set<String> NEVER_FIRST = words("ไม่", "ขอ", "ว่า", "ที่", "ซึ่ง", "และ", "หรือ", "แต่", "ของ",
            "ใน", "จาก", "ให้", "ได้", "เป็น", "คือ", "อยู่", "อยาก", "แจ้ง", "ร้อง", "ร้องเรียน", "ครับ", "ค่ะ", "คะ", "คับ",
            "นะ", "เรื่อง", "กรณี", "ตาม", "จริง", "เอง", "ก็", "จะ", "เคย", "โทร", "เบอร์", "บ้าน", "เลขที่", "ต้องการ",
            "ประสงค์", "สงวน", "เปิดเผย", "ปกปิด", "ทราบ", "ระบุ", "บอก", "แล้ว", "ด้วย", "กับ", "ถึง", "ยัง", "นี้",
            "โดย", "เมื่อ", "ซึ่ง", "เพื่อ", "เพราะ", "หาก", "ถ้า", "ตอน", "ตอนนี้", "วันที่", "เดือน", "ปี", "ทาง",
            "ตำแหน่ง", "สังกัด", "กลุ่ม", "อายุ", "อาชีพ", "ช่วย", "รบกวน", "สอบถาม", "ติดต่อ", "ไลน์", "อีเมล", "เฟส", "เฟซ",
            "line", "email", "tel", "LINE", "Line", "the", "and", "is");

    /** Verbs and nouns that begin the rest of the sentence after a name: never a surname's first word. */
    private static final Set<String> SENTENCE_START = words("มา", "ไป", "เห็น", "พบ", "โดน", "ถูก", "ทำ", "ทำงาน",
            "ค้าขาย", "ขาย", "เปิด", "ร้าน", "ค้า", "อาศัย", "เรียก", "เก็บ", "จ่าย", "ติดตาม", "พูด", "ได้รับ", "ขอให้",
            "เลย", "ผม", "ดิฉัน", "หนู", "ข้าพเจ้า", "เรา", "ฉัน", "กระผม", "ขอบคุณ", "ค่า", "จ้ะ", "จ้า", "นะคะ", "นะครับ",
            "ผู้", "ผู้แจ้ง", "ผู้ร้อง", "ผู้ร้องเรียน", "หมายเลข", "มือถือ", "สายด่วน", "อยู่ที่", "เจ้าหน้าที่", "พนักงาน",
            "ข้าราชการ", "นักเรียน", "ผู้ปกครอง", "ชาวบ้าน", "ผู้ค้า", "พ่อค้า", "แม่ค้า", "เจ้าของ", "ประชาชน", "ลูกจ้าง",
            "ต่อ", "สำหรับ", "ส่ง", "รับ", "เข้า", "ออก", "ถาม", "ตอบ", "โปรด", "กรุณา", "ทั้งนี้", "จึง", "เนื่องจาก",
            "หลัง", "ก่อน", "วัน", "เวลา", "ตั้งแต่", "ครั้ง", "หลาย", "เข้ามา", "ขณะ", "บ้านเลขที่", "โทรศัพท์", "อดีต",
            "ประธาน", "อีกครั้ง", "ยืนยัน", "เล่า", "แสดง", "ใช้", "ผู้ให้ข้อมูล", "ผู้โทร", "ติดต่อกลับ");
    /** Words that end a name run on into the sentence but may begin a surname ({@code มีสุข}). */
    private static final Set<String> LATER_ONLY = words("มี", "ชาว", "คน", "เลข", "หมู่", "ซอย", "ถนน", "แขวง", "เขต",
            "ตำบล", "อำเภอ", "จังหวัด", "ชุมชน", "เงิน", "ครู", "เป็นคน");

    private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal.withInitial(
            () -> BreakIterator.getWordInstance(new ULocale("th", "TH")));

    private PersonName() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /**
     * The end of the name written at {@code from} (after spaces, a colon or an opening bracket), or -1 if no name
     * starts there; with {@code titleRequired} only a name with a title counts.
     */
    static int end(String text, int from, boolean titleRequired) {
        int p = skipFiller(text, from);
        Matcher title = TITLE.matcher(text).region(p, text.length());
        boolean titled = title.lookingAt();
        if (titled) {
            p = skipFiller(text, title.end());
        } else if (titleRequired) {
            return -1;
        }
        int firstEnd = run(text, p);
        if (firstEnd <= p) {
            return -1;
        }
        int cut = cut(text, p, firstEnd, false);
        if (cut - p < 2) {
            return -1;
        }
        if (cut < firstEnd) {
            return cut;
        }
        int s = firstEnd;
        while (s < text.length() && s - firstEnd < 2 && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0')) {
            s++;
        }
        if (s == firstEnd) {
            return firstEnd;
        }
        int surnameEnd = run(text, s);
        if (surnameEnd <= s) {
            return firstEnd;
        }
        int surnameCut = cut(text, s, surnameEnd, true);
        return surnameCut - s >= 2 ? surnameCut : firstEnd;
    }

    /** The name without the title written before it ({@code นางสาวนกแก้ว} → {@code นกแก้ว}). */
    static String withoutTitle(String name) {
        Matcher title = TITLE.matcher(name);
        return title.lookingAt() && title.end() < name.length() ? name.substring(title.end()) : name;
    }

    /** Where the name written after {@code from} begins: past spaces, a colon, an opening bracket, คือ or ว่า. */
    static int start(String text, int from) {
        return skipFiller(text, from);
    }

    private static int skipFiller(String text, int from) {
        int p = from;
        while (p < text.length() && " \u00A0\t\r\n.:：-–(\"“'".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        if (text.startsWith("คือ", p) || text.startsWith("ว่า", p)) {
            p += 3;
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == ':')) {
                p++;
            }
        }
        return p;
    }

    private static int run(String text, int p) {
        for (Pattern run : new Pattern[] {THAI_RUN, LATIN_RUN}) {
            Matcher m = run.matcher(text).region(p, text.length());
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return p;
    }

    /**
     * Cuts the run [start, end) before the first word that is no part of a name. A first name's first word is cut
     * only when it can never begin a name (a name may begin like a word: มานพ); a surname's first word also when it
     * begins a sentence, since what follows a first name after a space is as often the sentence as a surname.
     */
    private static int cut(String text, int start, int end, boolean surname) {
        String run = text.substring(start, end);
        BreakIterator words = WORDS.get();
        words.setText(run);
        try {
            int from = words.first();
            for (int to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
                String word = run.substring(from, to);
                // A run that ends in such a word ends a name there (อรอุ|มา): the sentence would go on (มาแจ้ง).
                boolean last = to == run.length();
                boolean ends = NEVER_FIRST.contains(word)
                        || !last && (from > 0 || surname) && SENTENCE_START.contains(word)
                        || !last && from > 0 && LATER_ONLY.contains(word);
                if (ends) {
                    return start + from;
                }
            }
            return end;
        } finally {
            words.setText("");
        }
    }
}
