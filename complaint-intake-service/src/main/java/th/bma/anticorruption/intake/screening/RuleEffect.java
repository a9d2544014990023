package th.bma.anticorruption.intake.screening;

/** What a screening rule does when it matches. */
public enum RuleEffect {

    /** Puts the record in scope straight through (to a destination); the verdict names the rule. */
    IN_SCOPE,

    /**
     * Puts the record in scope as doubted: it goes to the centre's triage, where an officer confirms it, rather than
     * straight to a destination. For words that signal corruption without naming who is accused ({@code ยักยอก},
     * {@code ทุจริต}), which a merchant, a private company or a question about procedure uses as well; the rule that
     * finds the same words beside a BMA official or unit is {@link #IN_SCOPE}. Tried only when no IN_SCOPE rule
     * matched.
     */
    DOUBTED,

    /**
     * A trap or a negation: the words it matched (and every word between them) can no longer put the record in
     * scope. A merchant cheating on scales ({@code แม่ค้าโกงตาชั่ง}), a refund ({@code รับเงินคืน}), a denial
     * ({@code ไม่ได้เรียกรับเงิน}) or a scammer posing as an official vetoes the words that would otherwise match.
     */
    VETO
}
