package th.bma.anticorruption.support.reveal;

import java.time.Clock;
import java.util.List;

import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.web.NotFoundException;

/**
 * A confidentiality officer opens the sealed originals of the officers' texts on one complaint or case, under the
 * same rules as the identity reveal: the reason checked, one of the officer's daily allowance taken, the audit entry
 * written and the reveal announced before anything is opened.
 */
public class OfficersTextsReveal {

    public static final String PARTICULARS = "OFFICERS_TEXTS";

    private final SealedTexts texts;
    private final RevealAudit audit;
    private final RevealAllowance allowance;
    private final RevealAnnouncer announcer;
    private final Clock clock;

    public OfficersTextsReveal(SealedTexts texts, RevealAudit audit, RevealAllowance allowance,
            RevealAnnouncer announcer, Clock clock) {
        this.texts = texts;
        this.audit = audit;
        this.allowance = allowance;
        this.announcer = announcer;
        this.clock = clock;
    }

    /** The originals of {@code subjectId} (a complaint or case of {@code complaintId}); 404 if none was sealed. */
    public List<SealedTexts.OpenedText> reveal(String complaintId, String subjectId, String officerId, String reason) {
        String kept = RevealReason.check(reason);
        if (!texts.any(subjectId)) {
            throw new NotFoundException("No sealed officers' texts for " + subjectId + ".");
        }
        allowance.take(officerId);
        RevealAudit.Entry entry = audit.append(complaintId, subjectId, officerId, kept, clock.instant());
        announcer.announce(entry.entryId(), complaintId, subjectId, PARTICULARS, officerId);
        return texts.open(subjectId);
    }
}
