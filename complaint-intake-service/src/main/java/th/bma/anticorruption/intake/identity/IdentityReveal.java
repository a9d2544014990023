package th.bma.anticorruption.intake.identity;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.support.web.NotFoundException;

/**
 * A confidentiality officer opens one complaint's sealed particulars for a stated reason. The audit entry is
 * written before anything is opened: no reveal without its trace.
 */
public class IdentityReveal {

    private static final Logger log = LoggerFactory.getLogger(IdentityReveal.class);

    private final IdentityVault vault;
    private final IdentityRevealAudit audit;
    private final Clock clock;

    public IdentityReveal(IdentityVault vault, IdentityRevealAudit audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public SealedParticulars reveal(String complaintId, String officerId, String reason) {
        if (!vault.exists(complaintId)) {
            throw new NotFoundException("No sealed identity for this complaint.");
        }
        IdentityRevealAudit.Entry entry = audit.append(complaintId, officerId, reason, clock.instant());
        log.info("Identity of complaint {} revealed by {} (audit entry {})", complaintId, officerId, entry.entryId());
        return vault.open(complaintId).orElseThrow(() -> new NotFoundException("No sealed identity for this complaint."));
    }
}
