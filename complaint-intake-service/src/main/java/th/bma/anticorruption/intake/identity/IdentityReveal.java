package th.bma.anticorruption.intake.identity;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.support.reveal.RevealAllowance;
import th.bma.anticorruption.support.reveal.RevealAnnouncer;
import th.bma.anticorruption.support.reveal.RevealReason;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.web.NotFoundException;

/**
 * A confidentiality officer, signed in as themselves, opens one complaint's sealed particulars for a reason of
 * substance. Before anything is opened: the complaint must have sealed particulars, one of the officer's daily
 * reveals is taken, the audit entry is written and the reveal is announced to the auditors. No reveal without its
 * trace.
 */
public class IdentityReveal {

    public static final String PARTICULARS = "IDENTITY";

    private static final Logger log = LoggerFactory.getLogger(IdentityReveal.class);

    private final IdentityVault vault;
    private final SealedTexts laterTexts;
    private final IdentityRevealAudit audit;
    private final RevealAllowance allowance;
    private final RevealAnnouncer announcer;
    private final Clock clock;

    public IdentityReveal(IdentityVault vault, SealedTexts laterTexts, IdentityRevealAudit audit,
            RevealAllowance allowance, RevealAnnouncer announcer, Clock clock) {
        this.vault = vault;
        this.laterTexts = laterTexts;
        this.audit = audit;
        this.allowance = allowance;
        this.announcer = announcer;
        this.clock = clock;
    }

    public RevealedParticulars reveal(String complaintId, String officerId, String reason) {
        String kept = RevealReason.check(reason);
        if (!vault.exists(complaintId)) {
            throw new NotFoundException("No sealed identity for this complaint.");
        }
        allowance.take(officerId);
        IdentityRevealAudit.Entry entry = audit.append(complaintId, officerId, kept, clock.instant());
        announcer.announce(entry.entryId(), complaintId, complaintId, PARTICULARS, officerId);
        log.info("Identity of complaint {} revealed by {} (audit entry {})", complaintId, officerId, entry.entryId());
        SealedParticulars particulars = vault.open(complaintId)
                .orElseThrow(() -> new NotFoundException("No sealed identity for this complaint."));
        return RevealedParticulars.of(particulars, laterTexts.open(complaintId));
    }
}
