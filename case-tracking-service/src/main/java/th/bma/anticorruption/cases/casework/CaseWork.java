package th.bma.anticorruption.cases.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.lifecycle.ActionDetails;
import th.bma.anticorruption.cases.lifecycle.CaseAction;
import th.bma.anticorruption.cases.lifecycle.CaseAlert;
import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.lifecycle.CaseTimetable;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.web.NotFoundException;

/**
 * Officers' work on cases: reading one (scoped; reads of sensitive fields audited) and acting on it. Before an
 * action the case catches up with the clock, so a deadline that passed is breached before anything else happens.
 */
@Service
public class CaseWork {

    private static final int ATTEMPTS = 5;

    private final CaseStore store;
    private final CaseEvents events;
    private final CaseEventOutbox outbox;
    private final AuditTrail audit;
    private final CaseTimetable policy;
    private final Clock clock;

    public CaseWork(CaseStore store, CaseEvents events, CaseEventOutbox outbox, AuditTrail audit,
            CaseTimetable policy, Clock clock) {
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** The case as the caller may see it; 404 if it does not exist or is outside the caller's scope. */
    public ComplaintCase visibleCase(Caller caller, String caseId) {
        return store.findById(caseId).filter(c -> CaseAccess.canSee(caller, c))
                .orElseThrow(() -> new NotFoundException("No case " + caseId + "."));
    }

    /** Reads a case with its sensitive fields (masked description, accused position); the read is audited. */
    public ComplaintCase readSensitive(Caller caller, String caseId) {
        ComplaintCase c = visibleCase(caller, caseId);
        audit.record(c.id(), caller.id(), "READ_SENSITIVE_FIELDS", c.state().name(), c.state().name(),
                "description, accused position");
        return c;
    }

    public ComplaintCase perform(Caller caller, String caseId, CaseAction action, ActionDetails details) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ComplaintCase c = visibleCase(caller, caseId);
            if (!CaseAccess.mayPerform(caller, action, c)) {
                throw new AccessDeniedException("Your role does not allow " + action.pathName() + " on this case.");
            }
            Instant now = clock.instant();
            long versionBefore = c.caseVersion();
            List<CaseAlert> alerts = c.tick(now, policy);
            CaseState afterTick = c.state();
            c.perform(action, details, caller.id(), now, policy);
            alerts.forEach(alert -> events.alert(c, alert, now));
            if (c.caseVersion() != versionBefore) {
                events.statusChanged(c, now);
            }
            if (store.save(c)) {
                alerts.forEach(alert -> audit.record(c.id(), AuditTrail.SYSTEM, alert.getClass().getSimpleName(),
                        afterTick.name(), afterTick.name(), null));
                audit.record(c.id(), caller.id(), action.name(), afterTick.name(), c.state().name(),
                        auditDetail(details));
                outbox.publishPending(c);
                return c;
            }
        }
        throw new IllegalStateException("The case " + caseId + " kept changing");
    }

    /** What the action said, without its free texts or names: the order, the measure, whether a note came with it. */
    private static String auditDetail(ActionDetails details) {
        List<String> parts = new ArrayList<>();
        if (details.order() != null) {
            parts.add("order " + details.order());
        }
        if (details.measure() != null) {
            parts.add("measure " + details.measure());
        }
        if (details.measureId() != null) {
            parts.add("measure " + details.measureId());
        }
        if (details.note() != null) {
            parts.add("with note");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
