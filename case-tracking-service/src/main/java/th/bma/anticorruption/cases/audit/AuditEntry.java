package th.bma.anticorruption.cases.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * One line of the append-only audit trail: who ({@code actor}, or {@code system} for events and the watch), when,
 * what ({@code action}), the state before and after, and a detail that never holds personal data.
 */
public record AuditEntry(@Id String id, String caseId, Instant at, String actor, String action, String fromState,
        String toState, String detail) {
}
