package th.bma.anticorruption.contracts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 50 districts of Bangkok (เขต) with their official geocode, Thai and English names and district group.
 * {@link #code()} is the directory code of the district office, e.g. {@code DISTRICT-1007} for ปทุมวัน.
 * Statistics and cases name a district by its Thai name, as the centre's report does.
 */
public enum BangkokDistrict {
    PHRA_NAKHON("1001", "พระนคร", "Phra Nakhon", DistrictGroup.CENTRAL),
    DUSIT("1002", "ดุสิต", "Dusit", DistrictGroup.CENTRAL),
    NONG_CHOK("1003", "หนองจอก", "Nong Chok", DistrictGroup.EAST),
    BANG_RAK("1004", "บางรัก", "Bang Rak", DistrictGroup.SOUTH),
    BANG_KHEN("1005", "บางเขน", "Bang Khen", DistrictGroup.NORTH),
    BANG_KAPI("1006", "บางกะปิ", "Bang Kapi", DistrictGroup.EAST),
    PATHUM_WAN("1007", "ปทุมวัน", "Pathum Wan", DistrictGroup.CENTRAL),
    POM_PRAP_SATTRU_PHAI("1008", "ป้อมปราบศัตรูพ่าย", "Pom Prap Sattru Phai", DistrictGroup.CENTRAL),
    PHRA_KHANONG("1009", "พระโขนง", "Phra Khanong", DistrictGroup.SOUTH),
    MIN_BURI("1010", "มีนบุรี", "Min Buri", DistrictGroup.EAST),
    LAT_KRABANG("1011", "ลาดกระบัง", "Lat Krabang", DistrictGroup.EAST),
    YAN_NAWA("1012", "ยานนาวา", "Yan Nawa", DistrictGroup.SOUTH),
    SAMPHANTHAWONG("1013", "สัมพันธวงศ์", "Samphanthawong", DistrictGroup.CENTRAL),
    PHAYA_THAI("1014", "พญาไท", "Phaya Thai", DistrictGroup.CENTRAL),
    THON_BURI("1015", "ธนบุรี", "Thon Buri", DistrictGroup.THONBURI_NORTH),
    BANGKOK_YAI("1016", "บางกอกใหญ่", "Bangkok Yai", DistrictGroup.THONBURI_NORTH),
    HUAI_KHWANG("1017", "ห้วยขวาง", "Huai Khwang", DistrictGroup.CENTRAL),
    KHLONG_SAN("1018", "คลองสาน", "Khlong San", DistrictGroup.THONBURI_NORTH),
    TALING_CHAN("1019", "ตลิ่งชัน", "Taling Chan", DistrictGroup.THONBURI_NORTH),
    BANGKOK_NOI("1020", "บางกอกน้อย", "Bangkok Noi", DistrictGroup.THONBURI_NORTH),
    BANG_KHUN_THIAN("1021", "บางขุนเทียน", "Bang Khun Thian", DistrictGroup.THONBURI_SOUTH),
    PHASI_CHAROEN("1022", "ภาษีเจริญ", "Phasi Charoen", DistrictGroup.THONBURI_SOUTH),
    NONG_KHAEM("1023", "หนองแขม", "Nong Khaem", DistrictGroup.THONBURI_SOUTH),
    RAT_BURANA("1024", "ราษฎร์บูรณะ", "Rat Burana", DistrictGroup.THONBURI_SOUTH),
    BANG_PHLAT("1025", "บางพลัด", "Bang Phlat", DistrictGroup.THONBURI_NORTH),
    DIN_DAENG("1026", "ดินแดง", "Din Daeng", DistrictGroup.CENTRAL),
    BUENG_KUM("1027", "บึงกุ่ม", "Bueng Kum", DistrictGroup.EAST),
    SATHON("1028", "สาทร", "Sathon", DistrictGroup.SOUTH),
    BANG_SUE("1029", "บางซื่อ", "Bang Sue", DistrictGroup.NORTH),
    CHATUCHAK("1030", "จตุจักร", "Chatuchak", DistrictGroup.NORTH),
    BANG_KHO_LAEM("1031", "บางคอแหลม", "Bang Kho Laem", DistrictGroup.SOUTH),
    PRAWET("1032", "ประเวศ", "Prawet", DistrictGroup.SOUTH),
    KHLONG_TOEI("1033", "คลองเตย", "Khlong Toei", DistrictGroup.SOUTH),
    SUAN_LUANG("1034", "สวนหลวง", "Suan Luang", DistrictGroup.SOUTH),
    CHOM_THONG("1035", "จอมทอง", "Chom Thong", DistrictGroup.THONBURI_SOUTH),
    DON_MUEANG("1036", "ดอนเมือง", "Don Mueang", DistrictGroup.NORTH),
    RATCHATHEWI("1037", "ราชเทวี", "Ratchathewi", DistrictGroup.CENTRAL),
    LAT_PHRAO("1038", "ลาดพร้าว", "Lat Phrao", DistrictGroup.NORTH),
    WATTHANA("1039", "วัฒนา", "Watthana", DistrictGroup.SOUTH),
    BANG_KHAE("1040", "บางแค", "Bang Khae", DistrictGroup.THONBURI_SOUTH),
    LAK_SI("1041", "หลักสี่", "Lak Si", DistrictGroup.NORTH),
    SAI_MAI("1042", "สายไหม", "Sai Mai", DistrictGroup.NORTH),
    KHAN_NA_YAO("1043", "คันนายาว", "Khan Na Yao", DistrictGroup.EAST),
    SAPHAN_SUNG("1044", "สะพานสูง", "Saphan Sung", DistrictGroup.EAST),
    WANG_THONGLANG("1045", "วังทองหลาง", "Wang Thonglang", DistrictGroup.CENTRAL),
    KHLONG_SAM_WA("1046", "คลองสามวา", "Khlong Sam Wa", DistrictGroup.EAST),
    BANG_NA("1047", "บางนา", "Bang Na", DistrictGroup.SOUTH),
    THAWI_WATTHANA("1048", "ทวีวัฒนา", "Thawi Watthana", DistrictGroup.THONBURI_NORTH),
    THUNG_KHRU("1049", "ทุ่งครุ", "Thung Khru", DistrictGroup.THONBURI_SOUTH),
    BANG_BON("1050", "บางบอน", "Bang Bon", DistrictGroup.THONBURI_SOUTH);

    private static final Map<String, BangkokDistrict> BY_THAI = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(BangkokDistrict::nameTh, Function.identity()));

    private final String geocode;
    private final String nameTh;
    private final String nameEn;
    private final DistrictGroup group;

    BangkokDistrict(String geocode, String nameTh, String nameEn, DistrictGroup group) {
        this.geocode = geocode;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.group = group;
    }

    /** The directory code of this district's office. */
    public String code() {
        return "DISTRICT-" + geocode;
    }

    public String geocode() {
        return geocode;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public DistrictGroup group() {
        return group;
    }

    /**
     * Finds a district by its Thai name as channels write it: {@code ปทุมวัน}, {@code เขตปทุมวัน} or
     * {@code สำนักงานเขตปทุมวัน}, in any Unicode normal form, with surrounding spaces.
     */
    public static Optional<BangkokDistrict> fromThai(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(text, Normalizer.Form.NFC).strip()
                .replaceFirst("^สำนักงานเขต", "")
                .replaceFirst("^เขต", "")
                .strip();
        return Optional.ofNullable(BY_THAI.get(name));
    }

    /** Finds a district by its directory code ({@code DISTRICT-1007}) or geocode ({@code 1007}). */
    public static Optional<BangkokDistrict> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String geocode = code.replaceFirst("^DISTRICT-", "");
        return Arrays.stream(values()).filter(d -> d.geocode.equals(geocode)).findFirst();
    }
}
