package th.bma.anticorruption.support.audit;

import java.util.List;

/**
 * What an auditor learns from walking a hash-chained audit trail ({@code trail}, its collection): whether it holds,
 * how many entries it has, its head (sequence and hash, to compare with the head written down at an earlier check: a
 * head that went back means the newest entries were removed), and every place it breaks, in chain order (at most
 * 100 listed; {@code breaksTruncated} says there were more). {@code notChained} counts entries without a place in the
 * chain (written outside it, or before the trail was chained): the trail does not hold while there are any.
 */
public record ChainVerification(String trail, boolean intact, long entries, long notChained, Head head,
        List<Break> breaks, boolean breaksTruncated) {

    /** The newest entry of the chain. */
    public record Head(long sequence, String hash) {
    }

    /**
     * One place where the chain breaks: the sequence (0 for {@link Problem#NOT_IN_CHAIN}), the entry's id where there
     * is an entry, and what is wrong.
     */
    public record Break(long sequence, String entryId, Problem problem) {
    }

    /** What is wrong at a break. */
    public enum Problem {
        /** The entry's fields no longer give its hash: it was changed after it was written. */
        ENTRY_ALTERED,
        /** The entry does not name the hash of the entry before it: that one was replaced, or this one re-linked. */
        LINK_BROKEN,
        /** No entry holds this place, the first of a gap: entries were removed. */
        ENTRY_MISSING,
        /** A second entry claims a place already taken (possible only with the unique index removed). */
        FORKED,
        /** Entries without a place in the chain exist. */
        NOT_IN_CHAIN
    }
}
