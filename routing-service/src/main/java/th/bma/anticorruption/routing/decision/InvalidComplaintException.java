package th.bma.anticorruption.routing.decision;

/** A received event that can never be routed (missing complaint id or facts): retrying it cannot help. */
public class InvalidComplaintException extends RuntimeException {

    public InvalidComplaintException(String message) {
        super(message);
    }
}
