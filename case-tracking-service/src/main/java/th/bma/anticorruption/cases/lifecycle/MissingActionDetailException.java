package th.bma.anticorruption.cases.lifecycle;

/** An action lacks something it needs (e.g. subcommittee members); the web layer answers 400 naming the field. */
public class MissingActionDetailException extends ActionDetailRejectedException {

    public MissingActionDetailException(String field, String message) {
        super(field, "required", message);
    }
}
