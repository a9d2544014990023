package th.bma.anticorruption.intake.screening;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.support.audit.ChainVerification;

/** The auditors' check that the audit trail of screening rule changes is as it was written. */
@RestController
@Tag(name = "Screening rules")
public class ScreeningRuleAuditController {

    private final MongoScreeningRuleStore store;

    public ScreeningRuleAuditController(MongoScreeningRuleStore store) {
        this.store = store;
    }

    @GetMapping("/api/intake/screening-rules/audit/verify")
    @Operation(summary = "Walk the hash chain of the screening rule audit trail (director, auditor): whether it holds, "
            + "its head, and every place where an entry was changed, removed or slipped in")
    public ChainVerification verify() {
        return store.verifyAuditTrail();
    }
}
