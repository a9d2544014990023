package th.bma.anticorruption.contracts;

/**
 * Intake took a complaint in although no screening rule did: a second opinion ({@code signal}, e.g.
 * {@code LEARNED-SIGNAL}) read it as about corruption with {@code score} (0 to 1) at or above its {@code threshold}.
 * Routing sends such a complaint to the centre's triage, where an intake officer confirms it is a complaint at all.
 * The reasons say this in words (Thai and English); they never quote the complaint.
 */
public record ScreeningDoubt(String signal, double score, double threshold, String reasonTh, String reasonEn) {
}
