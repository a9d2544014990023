package th.bma.anticorruption.routing.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.routing.store.MongoRuleStore;
import th.bma.anticorruption.support.audit.ChainVerification;

/** The auditors' check that the audit trail of rule changes is as it was written. */
@RestController
@Tag(name = "Rules")
public class RuleAuditController {

    private final MongoRuleStore store;

    public RuleAuditController(MongoRuleStore store) {
        this.store = store;
    }

    @GetMapping("/api/routing/rules/audit/verify")
    @Operation(summary = "Walk the hash chain of the rule audit trail (director, auditor): whether it holds, its head, "
            + "and every place where an entry was changed, removed or slipped in")
    public ChainVerification verify() {
        return store.verifyAuditTrail();
    }
}
