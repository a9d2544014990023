package th.bma.anticorruption.cases.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.casework.CaseAccess;
import th.bma.anticorruption.cases.casework.CaseWork;
import th.bma.anticorruption.cases.conversation.ConversationStore.ConversationSummary;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.cases.tracking.TrackedCases;
import th.bma.anticorruption.support.sealing.SealedFields;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * The conversation of a case with its complainant. Officers allowed on the case ({@link ConversationAccess}) write and
 * read; reading marks the complainant's replies read. The complainant, known only by the tracking code, reads and
 * replies while the case is open. Every text passes the masker with its original sealed under the case; attachments
 * are inspected by content, photos lose their metadata (position, device, owner; {@link PhotoMetadata}), they are
 * stored sealed, and only officers allowed on the case open them (audited). A message
 * goes on the case's timeline; nothing about the complainant (address, browser, identity) is ever taken.
 */
@Service
public class Conversations {

    /** The field under which the originals of masked messages are sealed. */
    public static final String TEXT_FIELD = "message.text";
    /** Who wrote a reply, as the sealed original and the audit trail record it: nobody in particular. */
    public static final String COMPLAINANT = "complainant";
    static final String OFFICER_WROTE = "MESSAGE_TO_COMPLAINANT";
    static final String COMPLAINANT_REPLIED = "COMPLAINANT_REPLIED";
    private static final int ATTEMPTS = 5;
    private static final int UNREAD_LISTED = 500;

    private final CaseStore cases;
    private final CaseWork work;
    private final TrackedCases tracked;
    private final ConversationStore store;
    private final SealedTexts sealedTexts;
    private final Sealer sealer;
    private final AuditTrail audit;
    private final AttachmentInspection inspection = new AttachmentInspection();
    private final ConversationProperties properties;
    private final Clock clock;

    public Conversations(CaseStore cases, CaseWork work, TrackedCases tracked, ConversationStore store,
            SealedTexts sealedTexts, Sealer sealer, AuditTrail audit, ConversationProperties properties, Clock clock) {
        this.cases = cases;
        this.work = work;
        this.tracked = tracked;
        this.store = store;
        this.sealedTexts = sealedTexts;
        this.sealer = sealer;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** An officer allowed on the case writes to its complainant. */
    public ConversationMessage write(Caller caller, String caseId, String text) {
        ComplaintCase c = work.visibleCase(caller, caseId);
        String role = speakingRole(caller, c);
        if (c.state().isClosed()) {
            throw new ConversationClosedException();
        }
        checkText(text, false);
        Instant now = clock.instant();
        ConversationMessage message = new ConversationMessage(UUID.randomUUID().toString(), caseId, Sender.OFFICER,
                role, caller.id(), now, sealedTexts.mask(caseId, TEXT_FIELD, caller.id(), text), List.of(), null,
                null);
        store.add(message);
        onTimeline(caseId, now, OFFICER_WROTE, caller.id());
        audit.record(caseId, caller.id(), OFFICER_WROTE, c.state().name(), c.state().name(), null);
        return message;
    }

    /** The conversation as an officer allowed on the case reads it; the complainant's replies count as read. */
    public List<ConversationMessage> read(Caller caller, String caseId) {
        ComplaintCase c = work.visibleCase(caller, caseId);
        speakingRole(caller, c);
        long marked = store.markRepliesRead(caseId, caller.id(), clock.instant());
        if (marked > 0) {
            audit.record(caseId, caller.id(), "REPLIES_READ", c.state().name(), c.state().name(), marked + " replies");
        }
        return store.messages(caseId);
    }

    /** An attachment's bytes for an officer allowed on the case; the opening is audited. */
    public OpenedAttachment openAttachment(Caller caller, String caseId, String attachmentId) {
        ComplaintCase c = work.visibleCase(caller, caseId);
        speakingRole(caller, c);
        ConversationStore.StoredAttachment stored = store.attachment(caseId, attachmentId)
                .orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + " on case " + caseId + "."));
        byte[] content = sealer.open(stored.sealed(), attachmentContext(caseId, attachmentId));
        audit.record(caseId, caller.id(), "ATTACHMENT_OPENED", c.state().name(), c.state().name(), attachmentId);
        return new OpenedAttachment(stored.kind(), content);
    }

    /** The cases the caller may speak on whose complainant replied and no holder has read it yet. */
    public List<UnreadReplies> unreadFor(Caller caller) {
        List<ConversationSummary> unread = store.withUnreadReplies(UNREAD_LISTED);
        Map<String, ComplaintCase> byId = cases.findAllById(unread.stream().map(ConversationSummary::caseId).toList())
                .stream().collect(Collectors.toMap(ComplaintCase::id, Function.identity()));
        List<UnreadReplies> listed = new ArrayList<>();
        for (ConversationSummary summary : unread) {
            ComplaintCase c = byId.get(summary.caseId());
            if (c != null && CaseAccess.canSee(caller, c) && ConversationAccess.speakingRole(caller, c).isPresent()) {
                listed.add(new UnreadReplies(c.id(), c.complaintId(), summary.unreadReplies(), summary.lastReplyAt()));
            }
        }
        return listed;
    }

    /** The conversation as its complainant reads it by tracking code (404 for an unknown or malformed code). */
    public PublicConversation readByCode(String trackingCode) {
        ComplaintCase c = tracked.byCode(trackingCode);
        return new PublicConversation(c, store.messages(c.id()));
    }

    /**
     * The complainant's reply by tracking code: a text, attachments, or both. Every rule broken is named at once;
     * nothing is stored unless the whole reply is accepted.
     */
    public PublicConversation reply(String trackingCode, String text, List<byte[]> attachments) {
        ComplaintCase c = tracked.byCode(trackingCode);
        if (c.state().isClosed()) {
            throw new ConversationClosedException();
        }
        List<AttachmentKind> kinds = checkReply(text, attachments);
        String caseId = c.id();
        List<AttachmentRef> refs = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            byte[] content = PhotoMetadata.strip(kinds.get(i), attachments.get(i));
            AttachmentRef ref = new AttachmentRef(UUID.randomUUID().toString(), kinds.get(i), content.length);
            store.storeAttachment(caseId, ref, sealer.seal(content, attachmentContext(caseId, ref.id())));
            refs.add(ref);
        }
        Instant now = clock.instant();
        String masked = text == null || text.isBlank() ? "" : sealedTexts.mask(caseId, TEXT_FIELD, COMPLAINANT, text);
        store.add(new ConversationMessage(UUID.randomUUID().toString(), caseId, Sender.COMPLAINANT, null, null, now,
                masked, refs, null, null));
        onTimeline(caseId, now, COMPLAINANT_REPLIED, null);
        audit.record(caseId, COMPLAINANT, COMPLAINANT_REPLIED, c.state().name(), c.state().name(),
                refs.isEmpty() ? null : refs.size() + " attachment(s)");
        return new PublicConversation(c, store.messages(caseId));
    }

    private String speakingRole(Caller caller, ComplaintCase c) {
        return ConversationAccess.speakingRole(caller, c).orElseThrow(() -> new AccessDeniedException(
                "Only the officers allowed to act on this case speak with its complainant."));
    }

    private void checkText(String text, boolean mayBeEmpty) {
        List<FieldViolation> violations = new ArrayList<>();
        textViolation(text, mayBeEmpty, violations);
        if (!violations.isEmpty()) {
            throw new RequestRejectedException(violations);
        }
    }

    private void textViolation(String text, boolean mayBeEmpty, List<FieldViolation> violations) {
        if (!mayBeEmpty && (text == null || text.isBlank())) {
            violations.add(new FieldViolation("text", "required", "Write a message."));
        } else if (text != null && text.length() > properties.maxTextLength()) {
            violations.add(new FieldViolation("text", "max-length",
                    "A message holds at most " + properties.maxTextLength() + " characters."));
        }
    }

    private List<AttachmentKind> checkReply(String text, List<byte[]> attachments) {
        List<FieldViolation> violations = new ArrayList<>();
        textViolation(text, !attachments.isEmpty(), violations);
        if (attachments.size() > properties.maxAttachments()) {
            violations.add(new FieldViolation("attachments", "max-count",
                    "A reply carries at most " + properties.maxAttachments() + " attachments."));
        }
        long maxBytes = properties.maxAttachmentSize().toBytes();
        List<AttachmentKind> kinds = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            String field = "attachments[" + i + "]";
            byte[] content = attachments.get(i);
            if (content.length == 0) {
                violations.add(new FieldViolation(field, "not-empty", "The file is empty."));
                continue;
            }
            if (content.length > maxBytes) {
                violations.add(new FieldViolation(field, "max-size",
                        "A file may be at most " + properties.maxAttachmentSize().toMegabytes() + " MB."));
                continue;
            }
            AttachmentInspection.Verdict verdict = inspection.inspect(content);
            if (verdict.accepted()) {
                kinds.add(verdict.kind());
            } else if (verdict.refusal() == AttachmentInspection.Refusal.TYPE) {
                violations.add(new FieldViolation(field, "type",
                        "Only photos (JPEG, PNG) and PDF documents are accepted, judged by their content."));
            } else {
                violations.add(new FieldViolation(field, "content",
                        "The file is not a readable photo or PDF document."));
            }
        }
        if (!violations.isEmpty()) {
            throw new RequestRejectedException(violations);
        }
        return kinds;
    }

    /** A message on the case's timeline, retried as every case write is when another writer came first. */
    private void onTimeline(String caseId, Instant at, String event, String by) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ComplaintCase c = cases.findById(caseId).orElseThrow();
            c.recordMessage(at, event, by);
            if (cases.save(c)) {
                return;
            }
        }
        throw new IllegalStateException("The case " + caseId + " kept changing");
    }

    private static String attachmentContext(String caseId, String attachmentId) {
        return SealedFields.ATTACHMENT.of(caseId, attachmentId);
    }

    /** An attachment opened for an officer. */
    public record OpenedAttachment(AttachmentKind kind, byte[] content) {
    }

    /** A case whose complainant's replies wait for its holders. */
    public record UnreadReplies(String caseId, String complaintId, long unreadReplies, Instant lastReplyAt) {
    }

    /** The conversation as the complainant's side gets it: its case (for the coarse status), and the messages. */
    public record PublicConversation(ComplaintCase theCase, List<ConversationMessage> messages) {

        /** Whether replies are taken: while the case is open. */
        public boolean open() {
            return !theCase.state().isClosed();
        }
    }
}
