package th.bma.anticorruption.support.reveal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import th.bma.anticorruption.contracts.SealedParticularsRevealed;
import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * Announces every reveal to the auditors on {@code audit.particulars-revealed.v1} through the binding
 * {@value #BINDING} (synchronous). A reveal whose announcement the broker did not take is not made.
 */
public class RevealAnnouncer {

    public static final String BINDING = "particularsRevealed-out-0";

    private final EventPublisher publisher;
    private final String service;
    private final Clock clock;

    public RevealAnnouncer(EventPublisher publisher, String service, Clock clock) {
        this.publisher = publisher;
        this.service = service;
        this.clock = clock;
    }

    public void announce(String auditEntryId, String complaintId, String subjectId, String particulars, String officerId) {
        boolean accepted;
        try {
            accepted = publisher.publish(BINDING, new SealedParticularsRevealed(UUID.randomUUID(), clock.instant(),
                    complaintId, SealedParticularsRevealed.SCHEMA_VERSION, auditEntryId, service, subjectId, particulars,
                    officerId));
        } catch (RuntimeException e) {
            accepted = false;
        }
        if (!accepted) {
            throw new RequestRejectedException(HttpStatus.SERVICE_UNAVAILABLE, "The reveal could not be announced to the"
                    + " auditors; nothing was opened. Try again shortly.", List.of());
        }
    }
}
