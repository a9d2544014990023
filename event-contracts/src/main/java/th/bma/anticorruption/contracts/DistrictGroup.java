package th.bma.anticorruption.contracts;

/** The six district groups (กลุ่มเขต) of Bangkok. Directory code {@code DISTRICT-GROUP-<name>}. */
public enum DistrictGroup {
    CENTRAL("กลุ่มเขตกรุงเทพกลาง", "Central Bangkok district group"),
    SOUTH("กลุ่มเขตกรุงเทพใต้", "South Bangkok district group"),
    NORTH("กลุ่มเขตกรุงเทพเหนือ", "North Bangkok district group"),
    EAST("กลุ่มเขตกรุงเทพตะวันออก", "East Bangkok district group"),
    THONBURI_NORTH("กลุ่มเขตกรุงธนเหนือ", "North Thonburi district group"),
    THONBURI_SOUTH("กลุ่มเขตกรุงธนใต้", "South Thonburi district group");

    private final String nameTh;
    private final String nameEn;

    DistrictGroup(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String code() {
        return "DISTRICT-GROUP-" + name().replace('_', '-');
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }
}
