package th.bma.anticorruption.routing.web;

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

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.reveal.NamedPerson;
import th.bma.anticorruption.support.reveal.OfficersTextsReveal;
import th.bma.anticorruption.support.reveal.RevealAudit;
import th.bma.anticorruption.support.reveal.RevealRequest;
import th.bma.anticorruption.support.sealing.SealedTexts;

/**
 * The audited reveal of the originals of officers' reasons on a complaint (triage, reroute, re-decision), whose
 * masked copies are in the decisions; and its audit trail for the auditors.
 */
@RestController
@Tag(name = "Sealed texts", description = "Audited reveal of the originals of officers' reasons")
public class OfficersTextsRevealController {

    private final OfficersTextsReveal reveal;
    private final RevealAudit audit;

    public OfficersTextsRevealController(OfficersTextsReveal reveal, RevealAudit audit) {
        this.reveal = reveal;
        this.audit = audit;
    }


    @PostMapping("/api/routing/complaints/{complaintId}/officers-texts/reveal")
    @Operation(summary = "Reveal the originals of officers' reasons on a complaint, with a reason of substance "
            + "(a signed-in confidentiality officer; daily limit, 429 beyond; audited and announced)")
    public List<SealedTexts.OpenedText> reveal(@PathVariable String complaintId,
            @Valid @RequestBody RevealRequest request, Authentication authentication) {
        return reveal.reveal(complaintId, complaintId, NamedPerson.require(authentication), request.reason());
    }

    @GetMapping("/api/routing/audit/officers-texts-reveals/verify")
    @Operation(summary = "Walk the hash chain of the reveals of officers' texts (auditor): whether it holds, its head, "
            + "and every place where an entry was changed, removed or slipped in")
    public ChainVerification verifyReveals() {
        return audit.verify();
    }

    @GetMapping("/api/routing/audit/officers-texts-reveals")
    @Operation(summary = "The latest reveals of officers' reasons: who, when, why, which complaint (auditors)")
    public List<RevealAudit.Entry> reveals(@RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
