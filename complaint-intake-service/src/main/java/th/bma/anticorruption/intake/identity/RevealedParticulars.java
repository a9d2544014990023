package th.bma.anticorruption.intake.identity;

import java.util.List;

import th.bma.anticorruption.support.sealing.SealedTexts;

/**
 * What the audited reveal returns: the sealed particulars of the complaint (identity and the channel's original
 * text) and the originals of the texts sealed for it later (the channel's status notes), oldest first.
 */
public record RevealedParticulars(String name, String phone, String nationalId, String email, String lineId,
        boolean anonymous, String originalDescription, List<SealedTexts.OpenedText> laterTexts) {

    static RevealedParticulars of(SealedParticulars particulars, List<SealedTexts.OpenedText> laterTexts) {
        return new RevealedParticulars(particulars.name(), particulars.phone(), particulars.nationalId(),
                particulars.email(), particulars.lineId(), particulars.anonymous(), particulars.originalDescription(),
                laterTexts);
    }

    @Override
    public String toString() {
        return "RevealedParticulars[sealed]";
    }
}
