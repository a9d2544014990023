package th.bma.anticorruption.cases.conversation;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.time.BangkokTime;

/**
 * The officers' side of a case's conversation with its complainant: write, read (which marks replies read), open an
 * attachment, and the list of cases whose replies wait unread.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Conversation", description = "Officers allowed on a case write to its complainant and read the replies")
public class ConversationController {

    /** Whatever an attachment holds, the browser neither runs nor sniffs it: it is downloaded. */
    static final String ATTACHMENT_POLICY = "sandbox; default-src 'none'";

    private final Conversations conversations;

    public ConversationController(Conversations conversations) {
        this.conversations = conversations;
    }

    @PostMapping("/{caseId}/messages")
    @Operation(summary = "Write to the case's complainant (director; investigators on the internal track; the unit"
            + " holding the case). The complainant sees the writer's role, never the name; 409 once the case closed")
    public ResponseEntity<OfficerMessage> write(Authentication authentication, @PathVariable String caseId,
            @RequestBody @Valid MessageRequest request) {
        ConversationMessage written = conversations.write(Caller.of(authentication), caseId, request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(OfficerMessage.of(written));
    }

    @GetMapping("/{caseId}/messages")
    @Operation(summary = "The conversation, oldest first; the complainant's replies count as read from now")
    public List<OfficerMessage> read(Authentication authentication, @PathVariable String caseId) {
        return conversations.read(Caller.of(authentication), caseId).stream().map(OfficerMessage::of).toList();
    }

    @GetMapping("/{caseId}/messages/attachments/{attachmentId}")
    @Operation(summary = "An attachment of the complainant's, as a download (the opening is audited)")
    public ResponseEntity<byte[]> attachment(Authentication authentication, @PathVariable String caseId,
            @PathVariable String attachmentId) {
        Conversations.OpenedAttachment opened = conversations.openAttachment(Caller.of(authentication), caseId,
                attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(opened.kind().mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attachment-" + attachmentId + "." + opened.kind().extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", ATTACHMENT_POLICY)
                .body(opened.content());
    }

    @GetMapping("/messages/unread")
    @Operation(summary = "Cases the caller may speak on whose complainant replied and no holder has read it yet,"
            + " the latest reply first")
    public List<UnreadView> unread(Authentication authentication) {
        return conversations.unreadFor(Caller.of(authentication)).stream()
                .map(u -> new UnreadView(u.caseId(), u.complaintId(), u.unreadReplies(),
                        u.lastReplyAt() == null ? null : u.lastReplyAt().atZone(BangkokTime.ZONE).toOffsetDateTime()))
                .toList();
    }

    /** An officer's message. */
    public record MessageRequest(@NotBlank String text) {
    }

    /**
     * A message as officers read it: {@code role} and {@code by} name the writing officer (absent for the
     * complainant), {@code readAt}/{@code readBy} when a holder first read a reply; attachments with their link.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficerMessage(String id, Sender from, OffsetDateTime at, String text, String role, String by,
            OffsetDateTime readAt, String readBy, List<OfficerAttachment> attachments) {

        static OfficerMessage of(ConversationMessage m) {
            OffsetDateTime readAt = m.readAt() == null ? null : m.readAt().atZone(BangkokTime.ZONE).toOffsetDateTime();
            return new OfficerMessage(m.id(), m.from(), m.at().atZone(BangkokTime.ZONE).toOffsetDateTime(), m.text(),
                    m.role(), m.by(), readAt, m.readBy(), m.attachments().stream().map(a -> new OfficerAttachment(a.id(), a.kind().mediaType(),
                            a.size(), "/api/cases/" + m.caseId() + "/messages/attachments/" + a.id())).toList());
        }
    }

    /** An attachment as officers see it, with the link that opens it. */
    public record OfficerAttachment(String id, String contentType, long size, String href) {
    }

    /** A case with unread replies. */
    public record UnreadView(String caseId, String complaintId, long unreadReplies, OffsetDateTime lastReplyAt) {
    }
}
