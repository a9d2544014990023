package th.bma.anticorruption.cases.lifecycle;

/** An action lacks something it needs (e.g. subcommittee members); the web layer answers 400 naming the field. */
public class MissingActionDetailException extends RuntimeException {

    private final String field;

    public MissingActionDetailException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
