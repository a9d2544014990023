package th.bma.anticorruption.cases.lifecycle;

/** What the Permanent Secretary (ปลัดกรุงเทพมหานคร) may order while a case is investigated. */
public enum InterimMeasureKind {
    /** ย้ายไปช่วยราชการ. */
    TRANSFER_TO_OTHER_DUTY,
    /** สั่งพักราชการ. */
    SUSPENSION
}
