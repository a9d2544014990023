package th.bma.anticorruption.intake.screening;

/** What a screening rule does when it matches. */
public enum RuleEffect {

    /** Puts the record in scope; the verdict names the rule. */
    IN_SCOPE,

    /**
     * A trap or a negation: the words it matched (and every word between them) can no longer put the record in
     * scope. A merchant cheating on scales ({@code แม่ค้าโกงตาชั่ง}), a refund ({@code รับเงินคืน}), a denial
     * ({@code ไม่ได้เรียกรับเงิน}) or a scammer posing as an official vetoes the words that would otherwise match.
     */
    VETO
}
