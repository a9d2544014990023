package th.bma.anticorruption.cases.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One message of a case's conversation. {@code text} is masked (the original sealed when masking changed it).
 * {@code role} and {@code by} are the writing officer's role and id, null for the complainant; {@code readAt} and
 * {@code readBy} say when an officer holding the case first read a complainant's reply (null until then, and for
 * officers' messages).
 */
public record ConversationMessage(String id, String caseId, Sender from, String role, String by, Instant at,
        String text, List<AttachmentRef> attachments, Instant readAt, String readBy) {

    public ConversationMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
