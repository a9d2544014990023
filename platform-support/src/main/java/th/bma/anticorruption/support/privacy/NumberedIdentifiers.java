package th.bma.anticorruption.support.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that point at one person: bank accounts (after a bank's or an account's name, or in the banks' own
 * {@code 123-4-56789-0} layout), 13-digit national ids (grouped or not) and house numbers
 * ({@code บ้านเลขที่ 45/6}, {@code เลขที่ 12/3 หมู่ 4}). Thai digits count as digits. A document's number
 * ({@code หนังสือเลขที่ 123/2566}, {@code ใบอนุญาตเลขที่ …}) is evidence, not an address, and stays.
 */
final class NumberedIdentifiers {

    static final String DIGIT = "[0-9๐-๙]";
    private static final String NOT_AFTER_DIGIT = "(?<![0-9๐-๙])";
    private static final String NOT_BEFORE_DIGIT = "(?![0-9๐-๙])";

    private static final Pattern ACCOUNT_AFTER_NAME = Pattern.compile("(?i)(?=[เบหธaAกไอทยซแtTsSkKbBgGuUcC])(?<keyword>เลขที่บัญชี|เลขบัญชี|บัญชีเลขที่"
            + "|หมายเลขบัญชี|บัญชีธนาคาร|บัญชี|บช\\.|a/c|acc(?:ount)?(?:\\s*no)?\\.?|ธนาคาร|ธ\\.|กสิกรไทย|กสิกร|กรุงไทย"
            + "|ไทยพาณิชย์|กรุงศรี|ออมสิน|ธ\\.?ก\\.?ส\\.?|ทหารไทยธนชาต|ทหารไทย|ธนชาต|ทีทีบี|ยูโอบี|ซีไอเอ็มบี|เกียรตินาคิน"
            + "|แลนด์\\s?แอนด์\\s?เฮ้าส์|อาคารสงเคราะห์|ธอส\\.?|ttb|scb|kbank|ktb|bbl|krungsri|gsb|uob|cimb|kkp)"
            + "[^0-9๐-๙\\n\\[]{0,24}?" + NOT_AFTER_DIGIT + "(?<number>" + DIGIT + "(?:[\\s.-]?" + DIGIT + "){9,14})"
            + NOT_BEFORE_DIGIT);
    private static final Pattern ACCOUNT_LAYOUT = Pattern.compile(NOT_AFTER_DIGIT + DIGIT + "{3}-" + DIGIT + "-"
            + DIGIT + "{5}-" + DIGIT + NOT_BEFORE_DIGIT);

    private static final Pattern NATIONAL_ID = Pattern.compile(NOT_AFTER_DIGIT + DIGIT + "(?:[\\s.-]?" + DIGIT
            + "){12}" + NOT_BEFORE_DIGIT);

    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?=[บเท])(?:บ้านเลขที่|บ้านเลข|เลขที่|ที่อยู่|บ้าน\\s?(?=" + DIGIT
            + "+\\s?/))\\s*[:：]?\\s*" + DIGIT + "+(?:\\s*/\\s*" + DIGIT + "+)?(?:\\s*(?:หมู่ที่|หมู่|ม\\.)\\s*" + DIGIT
            + "+)?" + NOT_BEFORE_DIGIT);
    /** What a {@code เลขที่} that follows it numbers: a document, a plot, a room, a licence. */
    private static final Pattern DOCUMENT_BEFORE = Pattern.compile(
            "(?:หนังสือ|คำสั่ง|ใบอนุญาต|ใบเสร็จ(?:รับเงิน)?|สัญญา|โฉนด(?:ที่ดิน)?|ประกาศ|ที่ดิน|ห้อง|แปลง|ทะเบียน|เอกสาร"
            + "|ใบแจ้ง[ก-๙]*|ใบ[ก-๙]{1,12}|คดี|ประมูล|โครงการ|ฎีกา|หนังสือที่|ระเบียบ|ข้อ|บัญชี|ป้าย|ตู้|แผง|ล็อก|ล็อค|สัญญาจ้าง"
            + "|บันทึก|รายงาน|พัสดุ|e-?bidding|\\))\\s*$");

    private NumberedIdentifiers() {
    }

    static String maskBankAccounts(String text) {
        Matcher m = ACCOUNT_AFTER_NAME.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start("number")).append(Placeholders.BANK_ACCOUNT);
            copied = m.end("number");
        }
        String masked = out == null ? text : out.append(text, copied, text.length()).toString();
        return ACCOUNT_LAYOUT.matcher(masked).replaceAll(Matcher.quoteReplacement(Placeholders.BANK_ACCOUNT));
    }

    static String maskNationalIds(String text) {
        return NATIONAL_ID.matcher(text).replaceAll(Matcher.quoteReplacement(Placeholders.NATIONAL_ID));
    }

    static String maskHouseNumbers(String text) {
        Matcher m = HOUSE_NUMBER.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            Matcher before = DOCUMENT_BEFORE.matcher(text).region(Math.max(0, m.start() - 24), m.start());
            if (before.find()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start()).append(Placeholders.HOUSE_NUMBER);
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
