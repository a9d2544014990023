package th.bma.anticorruption.cases.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.cases.casework.CaseAccess;
import th.bma.anticorruption.cases.casework.FollowUpList;
import th.bma.anticorruption.cases.store.CaseListQuery;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.cases.store.UnitProgress;
import th.bma.anticorruption.cases.store.UnitProgressQuery;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.time.BangkokTime;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * The centre's oversight of cases (seed 002): the director's follow-up list of cases breached, stale, without
 * progress or with an interim measure past its review, and the units' monthly progress reports by the 20th. A unit
 * officer gets only their own unit's part of either.
 */
@RestController
@RequestMapping("/api/cases")
@Validated
@Tag(name = "Oversight", description = "The director's follow-up list and the units' progress reports by the 20th")
public class CaseOversightController {

    private final CaseStore store;
    private final UnitProgressQuery progress;
    private final Clock clock;

    public CaseOversightController(CaseStore store, UnitProgressQuery progress, Clock clock) {
        this.store = store;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping("/follow-up")
    @Operation(summary = "The director's follow-up list, the longest listed first: cases whose subcommittee deadline"
            + " was breached, that went stale, whose unit reported twice without progress or whose interim measure"
            + " passed its review date. A case stays listed (`followUp.since`, `followUp.reasons`) until the director"
            + " records what was done: POST /api/cases/{caseId}/actions/record-follow-up {\"note\": …}. DIRECTOR"
            + " sees every case, UNIT_OFFICER their unit's")
    public CasePage followUp(Authentication authentication,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CaseListQuery query = FollowUpList.query(CaseAccess.scopeOf(Caller.of(authentication)));
        List<CaseView> items = store.find(query, page, size).stream().map(CaseView::summaryOf).toList();
        return new CasePage(items, page, size, store.count(query));
    }

    @GetMapping("/progress")
    @Operation(summary = "The progress reports owed by the 20th of a month, one entry per unit or working group"
            + " holding cases that owe one: held, reported on time (by the 20th, 23:59:59 Bangkok), late (after it),"
            + " missing (owed and not filed so far, case ids) and reported without progress (a report whose note,"
            + " normalised, repeats the holder's previous one with no step on the case in between, or says nothing;"
            + " case ids). A case owes the month's report to whoever holds it on the 20th, from the month after it"
            + " was forwarded. DIRECTOR and INVESTIGATOR see every unit, UNIT_OFFICER their own row")
    public List<UnitProgress> progress(Authentication authentication,
            @Parameter(description = "yyyy-MM, Bangkok; the current month if absent")
            @RequestParam(required = false) String month) {
        return progress.byUnit(monthOf(month), CaseAccess.scopeOf(Caller.of(authentication)));
    }

    private YearMonth monthOf(String month) {
        if (month == null) {
            return YearMonth.now(clock.withZone(BangkokTime.ZONE));
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.of("month", "yyyy-MM", "month is a month such as 2026-09.");
        }
    }
}
