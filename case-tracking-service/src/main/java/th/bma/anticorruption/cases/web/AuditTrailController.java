package th.bma.anticorruption.cases.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.support.audit.ChainVerification;

/** The auditors' check that the case audit trail is as it was written. */
@RestController
@Tag(name = "Cases")
public class AuditTrailController {

    private final AuditTrail audit;

    public AuditTrailController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/cases/audit/verify")
    @Operation(summary = "Walk the hash chain of every case's audit trail (auditors and the director): whether it "
            + "holds, its head, and every place where an entry was changed, removed or slipped in")
    public ChainVerification verify() {
        return audit.verify();
    }
}
