package th.bma.anticorruption.intake.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.support.audit.ChainVerification;

/** The auditors' check that the trail of identity reveals is as it was written. */
@RestController
@Tag(name = "Sealed identity")
public class RevealAuditController {

    private final IdentityRevealAudit audit;

    public RevealAuditController(IdentityRevealAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/intake/audit/identity-reveals/verify")
    @Operation(summary = "Walk the hash chain of the identity reveals (auditor): whether it holds, its head, and every "
            + "place where an entry was changed, removed or slipped in")
    public ChainVerification verify() {
        return audit.verify();
    }
}
