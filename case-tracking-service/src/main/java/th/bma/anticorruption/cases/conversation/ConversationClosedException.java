package th.bma.anticorruption.cases.conversation;

import java.util.List;

import org.springframework.http.HttpStatus;

import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/** A message for a case that is closed: its conversation ended with it (409, rule {@code case-open}). */
public class ConversationClosedException extends RequestRejectedException {

    static final String DETAIL = "This complaint's case is closed; its conversation takes no more messages.";

    public ConversationClosedException() {
        super(HttpStatus.CONFLICT, DETAIL, List.of(new FieldViolation("text", "case-open", DETAIL)));
    }
}
