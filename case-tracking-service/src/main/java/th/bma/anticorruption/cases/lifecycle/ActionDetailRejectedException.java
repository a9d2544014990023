package th.bma.anticorruption.cases.lifecycle;

/**
 * An action's details break a rule ({@code field}, {@code rule}); the web layer answers 400 naming both. Nothing of
 * the request's content goes into the message.
 */
public class ActionDetailRejectedException extends RuntimeException {

    private final String field;
    private final String rule;

    public ActionDetailRejectedException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
