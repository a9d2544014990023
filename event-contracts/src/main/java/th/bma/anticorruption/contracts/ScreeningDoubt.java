package th.bma.anticorruption.contracts;

/**
 * Intake took a complaint in without a screening rule that takes it straight through: either a rule whose effect is
 * to doubt (its id as {@code signal}; score and threshold 1) or, where no rule took it in, a second opinion
 * ({@code signal} {@code LEARNED-SIGNAL}) that read it as about corruption with {@code score} (0 to 1) at or above its
 * {@code threshold}.
 * Routing sends such a complaint to the centre's triage, where an intake officer confirms it is a complaint at all.
 * The reasons say this in words (Thai and English); they never quote the complaint.
 */
public record ScreeningDoubt(String signal, double score, double threshold, String reasonTh, String reasonEn) {
}
