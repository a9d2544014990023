package th.bma.anticorruption.cases.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.reveal.NamedPerson;
import th.bma.anticorruption.support.reveal.OfficersTextsReveal;
import th.bma.anticorruption.support.reveal.RevealAudit;
import th.bma.anticorruption.support.reveal.RevealRequest;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.web.NotFoundException;

/**
 * The audited reveal of the originals of officers' notes on a case (progress reports, action notes), whose masked
 * copies are in the case's timeline; and its audit trail for the auditors.
 */
@RestController
@Tag(name = "Sealed texts", description = "Audited reveal of the originals of officers' notes")
public class OfficersTextsRevealController {

    private final CaseStore cases;
    private final OfficersTextsReveal reveal;
    private final RevealAudit audit;

    public OfficersTextsRevealController(CaseStore cases, OfficersTextsReveal reveal, RevealAudit audit) {
        this.cases = cases;
        this.reveal = reveal;
        this.audit = audit;
    }


    @PostMapping("/api/cases/{caseId}/officers-texts/reveal")
    @Operation(summary = "Reveal the originals of officers' notes on a case, with a reason of substance "
            + "(a signed-in confidentiality officer; daily limit, 429 beyond; audited and announced)")
    public List<SealedTexts.OpenedText> reveal(@PathVariable String caseId, @Valid @RequestBody RevealRequest request,
            Authentication authentication) {
        String officer = NamedPerson.require(authentication);
        String complaintId = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId + "."))
                .complaintId();
        return reveal.reveal(complaintId, caseId, officer, request.reason());
    }

    @GetMapping("/api/cases/audit/officers-texts-reveals/verify")
    @Operation(summary = "Walk the hash chain of the reveals of officers' texts (auditor): whether it holds, its head, "
            + "and every place where an entry was changed, removed or slipped in")
    public ChainVerification verifyReveals() {
        return audit.verify();
    }

    @GetMapping("/api/cases/audit/officers-texts-reveals")
    @Operation(summary = "The latest reveals of officers' notes: who, when, why, which case (auditors)")
    public List<RevealAudit.Entry> reveals(@RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
