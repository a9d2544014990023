package th.bma.anticorruption.intake.identity;

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

import th.bma.anticorruption.support.reveal.NamedPerson;
import th.bma.anticorruption.support.reveal.RevealRequest;

/** The audited reveal of a complainant's identity (CONFIDENTIALITY_OFFICER) and its audit trail (AUDITOR). */
@RestController
@Tag(name = "Sealed identity", description = "Audited reveal of a complainant's identity")
public class IdentityRevealController {

    private final IdentityReveal reveal;
    private final IdentityRevealAudit audit;

    public IdentityRevealController(IdentityReveal reveal, IdentityRevealAudit audit) {
        this.reveal = reveal;
        this.audit = audit;
    }


    @PostMapping("/api/intake/complaints/{complaintId}/identity/reveal")
    @Operation(summary = "Reveal the complainant's identity, the original text and the originals of later channel "
            + "notes, with a reason of substance (a signed-in confidentiality officer, never a client; at most "
            + "platform.reveal.per-officer-per-day a day, 429 beyond; audited and announced on "
            + "audit.particulars-revealed.v1)")
    public RevealedParticulars reveal(@PathVariable String complaintId, @Valid @RequestBody RevealRequest request,
            Authentication authentication) {
        return reveal.reveal(complaintId, NamedPerson.require(authentication), request.reason());
    }

    @GetMapping("/api/intake/audit/identity-reveals")
    @Operation(summary = "The latest identity reveals: who, when, why, which complaint")
    public List<IdentityRevealAudit.Entry> reveals(@RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
