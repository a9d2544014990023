package th.bma.anticorruption.intake.traffy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import th.bma.anticorruption.intake.validation.ThaiText;

/** Traffy's ticket states: a machine type with several Thai labels. Key on the type, not the label. */
public enum TraffyState {
    START("start", List.of("รอรับเรื่อง")),
    INPROGRESS("inprogress", List.of("รับเรื่อง", "กำลังดำเนินการ", "จัดทำนโยบาย")),
    FORWARD("forward", List.of("ส่งต่อ", "ส่งต่อ(ใหม่)")),
    FOLLOW("follow", List.of("ติดตามเรื่อง")),
    FINISH("finish", List.of("เสร็จสิ้น")),
    IRRELEVANT("irrelevant", List.of("ไม่เกี่ยวข้อง", "ยกเลิก"));

    private final String type;
    private final List<String> labels;

    TraffyState(String type, List<String> labels) {
        this.type = type;
        this.labels = labels;
    }

    public String type() {
        return type;
    }

    /** The first Thai label, for when the channel sent the type only. */
    public String label() {
        return labels.get(0);
    }

    /** Whether the ticket is over at the channel: finished, or closed as not its business. */
    public boolean closesTicket() {
        return this == FINISH || this == IRRELEVANT;
    }

    /** The label to show: the Thai label the channel sent, or the first one when it sent the type. */
    public String labelFor(String typeOrLabel) {
        String value = ThaiText.normalise(typeOrLabel);
        return labels.contains(value) ? value : label();
    }

    /** From a type ({@code inprogress}) or a Thai label ({@code กำลังดำเนินการ}). */
    public static Optional<TraffyState> of(String typeOrLabel) {
        if (typeOrLabel == null) {
            return Optional.empty();
        }
        String value = ThaiText.normalise(typeOrLabel);
        return Arrays.stream(values())
                .filter(s -> s.type.equals(value.toLowerCase(Locale.ROOT)) || s.labels.contains(value))
                .findFirst();
    }
}
