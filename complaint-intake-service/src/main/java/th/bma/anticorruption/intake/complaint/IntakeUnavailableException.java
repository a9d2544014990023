package th.bma.anticorruption.intake.complaint;

/**
 * A request's record could not be made durable and announced (the store or the broker failed its batch): the
 * channel is answered 503 and sends the record again; nothing was acknowledged, and a record that was stored
 * after all is answered as the same record on the next push.
 */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String message) {
        super(message);
    }
}
