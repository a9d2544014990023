package th.bma.anticorruption.cases.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.cases.tracking.PublicTrackingController.TrackingAnswer;
import th.bma.anticorruption.support.time.BangkokTime;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * The complainant's side of the conversation, without sign-in: the tracking code travels only in the body. With only
 * the code it reads the conversation (with the coarse status and dates of public tracking); with a text (JSON), or as
 * multipart with a text and/or attachments, it replies. A wrong code and a malformed one are the same 404. The answer names the writing officer's role, never the officer,
 * and lists the complainant's own attachments by kind and size only: their content never comes back this way.
 */
@RestController
@RequestMapping("/api/public/messages")
@Tag(name = "Public tracking", description = "A complainant follows their complaint by its tracking code")
public class PublicConversationController {

    private final Conversations conversations;

    public PublicConversationController(Conversations conversations) {
        this.conversations = conversations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the conversation ({trackingCode}) or reply to it ({trackingCode, text})")
    public ResponseEntity<ConversationAnswer> readOrReply(@RequestBody @Valid MessagesRequest request) {
        if (request.text() == null) {
            return answer(HttpStatus.OK, conversations.readByCode(request.trackingCode()));
        }
        return answer(HttpStatus.CREATED, conversations.reply(request.trackingCode(), request.text(), List.of()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Reply with attachments: parts trackingCode, text (optional with a file) and attachments"
            + " (photos JPEG/PNG or PDF, judged by content)")
    public ResponseEntity<ConversationAnswer> replyWithAttachments(
            @RequestParam(required = false) String trackingCode,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> attachments) {
        if (trackingCode == null || trackingCode.isBlank()) {
            throw RequestRejectedException.of("trackingCode", "required", "Give the tracking code.");
        }
        List<byte[]> contents = attachments == null ? List.of() : attachments.stream()
                .filter(file -> !file.isEmpty() || file.getOriginalFilename() != null
                        && !file.getOriginalFilename().isEmpty())
                .map(PublicConversationController::bytesOf).toList();
        return answer(HttpStatus.CREATED, conversations.reply(trackingCode, text, contents));
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<ConversationAnswer> answer(HttpStatus status,
            Conversations.PublicConversation conversation) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(ConversationAnswer.of(TrackingAnswer.of(conversation.theCase()), conversation.open(),
                        conversation.messages().stream().map(PublicMessage::of).toList()));
    }

    /** The code as the complainant types it, and the reply's text if it is one. */
    public record MessagesRequest(@NotBlank @Size(max = 40) String trackingCode, String text) {
    }

    /**
     * The coarse status and dates (as public tracking gives them, so that the page needs one request), whether replies
     * are taken (the case is open), and the messages oldest first.
     */
    public record ConversationAnswer(String status, String statusTh, String statusEn, OffsetDateTime receivedAt,
            OffsetDateTime lastUpdatedAt, boolean open, List<PublicMessage> messages) {

        static ConversationAnswer of(TrackingAnswer tracking, boolean open, List<PublicMessage> messages) {
            return new ConversationAnswer(tracking.status(), tracking.statusTh(), tracking.statusEn(),
                    tracking.receivedAt(), tracking.lastUpdatedAt(), open, messages);
        }
    }

    /** A message as the complainant sees it: an officer's role, never their name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicMessage(Sender from, OffsetDateTime at, String text, String role,
            List<PublicAttachment> attachments) {

        static PublicMessage of(ConversationMessage m) {
            return new PublicMessage(m.from(), m.at().atZone(BangkokTime.ZONE).toOffsetDateTime(), m.text(), m.role(),
                    m.attachments().stream().map(a -> new PublicAttachment(a.kind().mediaType(), a.size())).toList());
        }
    }

    /** That a file was attached, its kind and size: never its content nor a link to it. */
    public record PublicAttachment(String contentType, long size) {
    }
}
