package th.bma.anticorruption.cases.web;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.cases.audit.AuditEntry;
import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.casework.CaseAccess;
import th.bma.anticorruption.cases.casework.CaseFilter;
import th.bma.anticorruption.cases.casework.CaseWork;
import th.bma.anticorruption.cases.lifecycle.ActionDetails;
import th.bma.anticorruption.cases.lifecycle.CaseAction;
import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;

/** The officers' API on cases: list and filter, read one with its timeline, act on it, its audit trail. */
@RestController
@RequestMapping("/api/cases")
@Validated
@Tag(name = "Cases", description = "Cases of complaints: list, read, act, audit")
public class CaseController {

    private final CaseStore store;
    private final CaseWork work;
    private final AuditTrail audit;
    private final SealedTexts sealedTexts;
    private final Clock clock;

    public CaseController(CaseStore store, CaseWork work, AuditTrail audit, SealedTexts sealedTexts, Clock clock) {
        this.store = store;
        this.work = work;
        this.audit = audit;
        this.sealedTexts = sealedTexts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "List cases, newest complaint first (earliest due first with a due filter);"
            + " a unit officer sees only their unit's cases")
    public CasePage list(Authentication authentication,
            @RequestParam(required = false) String complaintId,
            @RequestParam(required = false) CaseState state,
            @RequestParam(required = false) Disposition disposition,
            @Parameter(description = "destination directory code, e.g. DISTRICT-1007 or WG-3")
            @RequestParam(required = false) String destination,
            @Parameter(description = "district, Thai name") @RequestParam(required = false) String district,
            @RequestParam(required = false) LineOfWork lineOfWork,
            @Parameter(description = "soon (open deadline within 7 days) or overdue")
            @RequestParam(required = false) String due,
            @RequestParam(required = false) Boolean stale,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CaseFilter filter = new CaseFilter(complaintId, state, disposition, destination, district, lineOfWork,
                dueOf(due), stale);
        var query = filter.toQuery(CaseAccess.scopeOf(Caller.of(authentication)), clock.instant());
        List<CaseView> items = store.find(query, page, size).stream().map(CaseView::summaryOf).toList();
        return new CasePage(items, page, size, store.count(query));
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case with its timeline and the masked complaint details (the read is audited)")
    public CaseView get(Authentication authentication, @PathVariable String caseId) {
        return CaseView.withSensitiveFields(work.readSensitive(Caller.of(authentication), caseId));
    }

    @PostMapping("/{caseId}/actions/{action}")
    @Operation(summary = "Act on a case; 409 if its state forbids the action, 400 naming the field if a detail is"
            + " missing or wrong",
            description = "Internal track (ก.ก. office; the complainant's name is never on a case): find-credible"
                    + " (PRELIMINARY_REVIEW → PRESENTED_TO_DIRECTOR), find-not-credible {note: the reason} (→"
                    + " NOT_CREDIBLE, closed), appoint-subcommittee {members} (DIRECTOR; PRELIMINARY_REVIEW or"
                    + " PRESENTED_TO_DIRECTOR → SUBCOMMITTEE_APPOINTED, meets the deadline), find-grounded (→ GROUNDED),"
                    + " find-not-grounded (PRELIMINARY_REVIEW or SUBCOMMITTEE_APPOINTED → NOT_GROUNDED, closed),"
                    + " record-order {order, orderedAt?} (GROUNDED → ORDER_GIVEN: the order ศปท.กทม. gave), complete"
                    + " (GROUNDED or ORDER_GIVEN → COMPLETED with the outcome). Interim measures:"
                    + " record-interim-measure {measure, orderedBy, orderedAt, reviewBy?}, review-interim-measure"
                    + " {measureId, orderedBy?, orderedAt?, reviewBy?}, end-interim-measure {measureId, orderedBy,"
                    + " orderedAt}. Forwarded cases: report-progress {note}, complete. Referred cases:"
                    + " close-as-referred, complete. Any case on the follow-up list: record-follow-up {note}"
                    + " (DIRECTOR; 409 if the case is not listed). Each step is dated, attributed to the caller and"
                    + " audited.")
    public CaseView act(Authentication authentication, @PathVariable String caseId, @PathVariable String action,
            @RequestBody(required = false) @Valid CaseActionRequest request) {
        CaseAction caseAction = CaseAction.fromPathName(action)
                .orElseThrow(() -> new NotFoundException("No action " + action + " on cases."));
        Caller caller = Caller.of(authentication);
        ActionDetails details = request == null ? ActionDetails.none() : request.details();
        if (details.note() != null) {
            details = details.withNote(maskedNote(caller, caseId, caseAction.pathName() + ".note", details.note()));
        }
        return CaseView.summaryOf(work.perform(caller, caseId, caseAction, details));
    }

    @PostMapping("/{caseId}/progress")
    @Operation(summary = "The holding unit's monthly progress report (due by the 20th of every month)")
    public CaseView reportProgress(Authentication authentication, @PathVariable String caseId,
            @RequestBody @Valid ProgressReportRequest request) {
        Caller caller = Caller.of(authentication);
        return CaseView.summaryOf(work.perform(caller, caseId, CaseAction.REPORT_PROGRESS,
                ActionDetails.note(maskedNote(caller, caseId, "progress.note", request.note()))));
    }

    /** The note masked, its original sealed under the case; 404 first for a case outside the caller's scope. */
    private String maskedNote(Caller caller, String caseId, String field, String note) {
        work.visibleCase(caller, caseId);
        return sealedTexts.mask(caseId, field, caller.id(), note);
    }

    @GetMapping("/{caseId}/audit")
    @Operation(summary = "The case's append-only audit trail (auditors and the director)")
    public List<AuditEntry> audit(Authentication authentication, @PathVariable String caseId) {
        work.visibleCase(Caller.of(authentication), caseId);
        return audit.of(caseId);
    }

    private static CaseFilter.Due dueOf(String due) {
        if (due == null) {
            return null;
        }
        switch (due) {
            case "soon":
                return CaseFilter.Due.SOON;
            case "overdue":
                return CaseFilter.Due.OVERDUE;
            default:
                throw RequestRejectedException.of("due", "one-of", "due is soon or overdue.");
        }
    }
}
