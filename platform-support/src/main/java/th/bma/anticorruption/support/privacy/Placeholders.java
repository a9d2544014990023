package th.bma.anticorruption.support.privacy;

/**
 * What stands in masked text where personal data was: readable Thai, in brackets, so an officer sees that something
 * was there and what kind of thing it was. The original is sealed and only the audited reveal opens it.
 */
public final class Placeholders {

    public static final String NAME = "[ชื่อผู้แจ้ง]";
    public static final String PHONE = "[เบอร์โทร]";
    public static final String NATIONAL_ID = "[เลขบัตรประชาชน]";
    public static final String HOUSE_NUMBER = "[บ้านเลขที่]";
    public static final String BANK_ACCOUNT = "[เลขบัญชี]";
    public static final String EMAIL = "[อีเมล]";
    public static final String LINE = "[ไลน์]";
    public static final String FACEBOOK = "[เฟซบุ๊ก]";

    private Placeholders() {
    }
}
