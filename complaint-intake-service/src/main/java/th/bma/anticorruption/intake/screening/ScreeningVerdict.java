package th.bma.anticorruption.intake.screening;

/**
 * Whether a channel record is about corruption or misconduct, and why: {@code category:ทุจริต},
 * {@code term:bribery}, or {@code no-corruption-signal}. Reasons are codes, never the complainant's text.
 */
public record ScreeningVerdict(boolean inScope, String reason) {

    public static final String NO_SIGNAL = "no-corruption-signal";

    public static ScreeningVerdict inScope(String reason) {
        return new ScreeningVerdict(true, reason);
    }

    public static ScreeningVerdict outOfScope() {
        return new ScreeningVerdict(false, NO_SIGNAL);
    }
}
