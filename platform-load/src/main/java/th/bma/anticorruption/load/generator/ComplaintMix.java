package th.bma.anticorruption.load.generator;

/**
 * The shares of the traffic: of all records, how many come from Traffy Fondue, the 1555 hotline and officers'
 * registrations (letters, walk-ins, executives' referrals, the website form); and of Traffy's tickets, how many are
 * about corruption. Traffy's firehose is mostly potholes, floods and rubbish: out of scope for the centre.
 */
public record ComplaintMix(double traffyShare, double hotlineShare, double officerShare,
        double traffyCorruptionShare) {

    /** About 800 Traffy tickets a day against some 170 1555 calls and a few dozen officers' registrations. */
    public static final ComplaintMix REALISTIC = new ComplaintMix(0.85, 0.10, 0.05, 0.06);

    /** Only in-scope records: every record opens a complaint (for latency to case and statistics). */
    public static final ComplaintMix ALL_IN_SCOPE = new ComplaintMix(0.60, 0.25, 0.15, 1.0);

    public ComplaintMix {
        if (traffyShare < 0 || hotlineShare < 0 || officerShare < 0
                || Math.abs(traffyShare + hotlineShare + officerShare - 1.0) > 1e-9) {
            throw new IllegalArgumentException("channel shares must be non-negative and add up to 1");
        }
        if (traffyCorruptionShare < 0 || traffyCorruptionShare > 1) {
            throw new IllegalArgumentException("the Traffy corruption share must be between 0 and 1");
        }
    }

    /** The share of all records that open a complaint. */
    public double inScopeShare() {
        return traffyShare * traffyCorruptionShare + hotlineShare + officerShare;
    }
}
