package th.bma.anticorruption.cases.casework;

/** An event that can never be applied (a required field missing): not retried, it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
