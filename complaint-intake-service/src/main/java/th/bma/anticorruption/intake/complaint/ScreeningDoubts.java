package th.bma.anticorruption.intake.complaint;

import java.util.Locale;

import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.intake.screening.ScreeningVerdict;

/**
 * What a complaint's event says of a screening verdict that was unsure: the signal that took it in (the learned signal,
 * a DOUBTED screening rule by its id, or an IN_SCOPE rule the learned signal looked at twice), its score and threshold,
 * and the reason in words for the officer who verifies it. A rule matches or it does not, so a DOUBTED rule's doubt
 * carries score 1 and threshold 1; a second look carries the model's score and the floor it fell below. Built from the
 * verdict's rule id and numbers alone, so it never carries the complainant's text.
 */
final class ScreeningDoubts {

    private ScreeningDoubts() {
    }

    /** The doubt a verdict carries into {@code ComplaintReceived}; null when screening was sure (or not asked). */
    static ScreeningDoubt of(ScreeningVerdict verdict) {
        if (!verdict.doubted()) {
            return null;
        }
        if (verdict.secondLooked()) {
            String score = threeDecimals(verdict.score());
            String floor = threeDecimals(verdict.threshold());
            return new ScreeningDoubt(verdict.ruleId(), verdict.score(), verdict.threshold(),
                    "กฎคัดกรอง " + verdict.ruleId() + " รับเรื่องนี้ไว้ แต่แบบจำลองที่เรียนรู้จากตัวอย่างให้คะแนนเพียง " + score
                            + " ต่ำกว่า " + floor + " ซึ่งเรื่องร้องเรียนการทุจริตที่กฎรับไว้เกือบทั้งหมดได้คะแนนถึง "
                            + "จึงรับเรื่องไว้โดยยังไม่แน่ใจ เจ้าหน้าที่รับเรื่องต้องตรวจสอบว่าเป็นเรื่องร้องเรียนการทุจริตของบุคลากรกรุงเทพมหานครหรือไม่",
                    "Screening rule " + verdict.ruleId() + " took it in, but the model learned from labelled examples "
                            + "scored it only " + score + ", below the " + floor + " that nearly every corruption "
                            + "complaint the rules take in reaches, so it was taken in unsure: an intake officer checks "
                            + "whether it is a complaint about BMA staff at all.");
        }
        if (verdict.score() == null) {
            return new ScreeningDoubt(verdict.ruleId(), 1, 1,
                    "กฎคัดกรอง " + verdict.ruleId() + " พบถ้อยคำที่ส่อการทุจริต "
                            + "แต่ไม่พบเจ้าหน้าที่หรือหน่วยงานของกรุงเทพมหานครที่ถูกกล่าวหาอยู่ใกล้ถ้อยคำนั้น จึงรับเรื่องไว้โดยยังไม่แน่ใจ "
                            + "เจ้าหน้าที่รับเรื่องต้องตรวจสอบว่าเป็นเรื่องร้องเรียนการทุจริตของบุคลากรกรุงเทพมหานครหรือไม่",
                    "Screening rule " + verdict.ruleId() + " found words that signal corruption but no accused BMA "
                            + "official or unit beside them, so it was taken in unsure: an intake officer checks "
                            + "whether it is a complaint about BMA staff at all.");
        }
        String score = threeDecimals(verdict.score());
        String threshold = threeDecimals(verdict.threshold());
        return new ScreeningDoubt(verdict.ruleId(), verdict.score(), verdict.threshold(),
                "ไม่มีกฎคัดกรองใดพบว่าเป็นเรื่องทุจริตหรือประพฤติมิชอบ "
                        + "แต่แบบจำลองที่เรียนรู้จากตัวอย่างให้คะแนน " + score + " (เกณฑ์ " + threshold + ") "
                        + "จึงรับเรื่องไว้โดยยังไม่แน่ใจ เจ้าหน้าที่รับเรื่องต้องตรวจสอบว่าเป็นเรื่องร้องเรียนการทุจริตหรือไม่",
                "No screening rule found corruption or misconduct in it, but the model learned from labelled examples "
                        + "scored it " + score + " (threshold " + threshold + "), so it was taken in unsure: an intake "
                        + "officer checks whether it is a corruption complaint at all.");
    }

    private static String threeDecimals(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
