package th.bma.anticorruption.support.reveal;

import th.bma.anticorruption.support.privacy.FreeTextMasker;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * A reason of substance: at least {@value #MIN_LETTERS} letters, of at least {@value #MIN_DISTINCT} different ones,
 * no letter making up more than a third of them (so {@code ขอดูขอดูขอดูขอดู} or {@code aaaaaaaaaaaaaaaaaaaa} are
 * refused). The reason is kept masked: it is stored in the audit, and a reason may quote the very particulars it asks for.
 */
public final class RevealReason {

    static final int MIN_LETTERS = 15;
    static final int MIN_DISTINCT = 8;

    private RevealReason() {
    }

    /** The reason, masked, to keep in the audit; 400 problem+json naming {@code reason} if it says nothing. */
    public static String check(String reason) {
        String text = reason == null ? "" : FreeTextMasker.normalise(reason);
        int[] letters = text.codePoints().filter(Character::isLetter).toArray();
        long distinct = java.util.Arrays.stream(letters).distinct().count();
        int commonest = java.util.Arrays.stream(letters).boxed()
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()))
                .values().stream().mapToInt(Long::intValue).max().orElse(0);
        if (letters.length < MIN_LETTERS || distinct < MIN_DISTINCT || commonest * 3 > letters.length) {
            throw RequestRejectedException.of("reason", "substance", "Say why the particulars are needed, tied to the"
                    + " case: at least " + MIN_LETTERS + " letters of real words.");
        }
        return FreeTextMasker.mask(text);
    }
}
