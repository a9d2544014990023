package th.bma.anticorruption.cases.tracking;

import th.bma.anticorruption.cases.lifecycle.CaseState;

/**
 * What a complainant is told about their complaint: coarse on purpose. The internal track (a secret fact-finding)
 * shows only as "in progress", and nothing names a body, a person or a note.
 */
public enum PublicStatus {
    UNDER_VERIFICATION("อยู่ระหว่างตรวจสอบข้อมูล", "Under verification"),
    IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress"),
    REFERRED("ส่งเรื่องให้หน่วยงานตรวจสอบภายนอกดำเนินการ", "Referred to an external anti-corruption agency"),
    COMPLETED("ดำเนินการเสร็จสิ้น", "Completed"),
    /** Closed without saying why: a complaint found not to be about corruption is told no more than that. */
    CLOSED("ปิดเรื่องแล้ว", "Closed");

    private final String th;
    private final String en;

    PublicStatus(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String th() {
        return th;
    }

    public String en() {
        return en;
    }

    public static PublicStatus of(CaseState state) {
        switch (state) {
            case UNDER_VERIFICATION:
                return UNDER_VERIFICATION;
            case REFERRED_TO_NACC:
            case REFERRED_TO_PACC:
            case CLOSED_AS_REFERRED:
                return REFERRED;
            case COMPLETED:
            case NOT_GROUNDED:
            case NOT_CREDIBLE:
                return COMPLETED;
            case NOT_CORRUPTION:
                return CLOSED;
            default:
                return IN_PROGRESS;
        }
    }
}
