package th.bma.anticorruption.cases.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.conversation.ConversationStore.ConversationSummary;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.sealing.SealedTexts;

/**
 * Retention of conversations: once a case has been closed for {@code cases.conversation.retention}, its messages,
 * attachments and the sealed originals of its messages are deleted, and the case's audit trail records the purge
 * (how many of each; never what they said). The case itself and its timeline stay.
 */
@Component
public class ConversationRetention {

    static final String PURGED = "CONVERSATION_PURGED";
    private static final int PAGE = 200;

    private final ConversationStore store;
    private final CaseStore cases;
    private final SealedTexts sealedTexts;
    private final AuditTrail audit;
    private final ConversationProperties properties;
    private final Clock clock;

    public ConversationRetention(ConversationStore store, CaseStore cases, SealedTexts sealedTexts, AuditTrail audit,
            ConversationProperties properties, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.sealedTexts = sealedTexts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Purges every conversation whose case closed longer ago than the retention; returns how many. */
    public int purge() {
        Instant closedBefore = clock.instant().minus(properties.retention());
        int purged = 0;
        String after = null;
        List<ConversationSummary> page;
        while (!(page = store.page(after, PAGE)).isEmpty()) {
            Map<String, ComplaintCase> byId = cases.findAllById(page.stream().map(ConversationSummary::caseId)
                    .toList()).stream().collect(Collectors.toMap(ComplaintCase::id, Function.identity()));
            for (ConversationSummary summary : page) {
                ComplaintCase c = byId.get(summary.caseId());
                if (c != null && c.state().isClosed() && c.stateChangedAt().isBefore(closedBefore)) {
                    ConversationStore.Purged gone = store.purge(c.id());
                    long originals = sealedTexts.forget(c.id(), Conversations.TEXT_FIELD);
                    audit.record(c.id(), AuditTrail.SYSTEM, PURGED, c.state().name(), c.state().name(),
                            gone.messages() + " messages, " + gone.attachments() + " attachments, " + originals
                                    + " sealed originals; closed " + c.stateChangedAt() + ", retention "
                                    + properties.retention());
                    purged++;
                }
            }
            after = page.get(page.size() - 1).caseId();
        }
        return purged;
    }
}
