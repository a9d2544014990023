package th.bma.anticorruption.statistics.messaging;

/** An event that can never be counted (a required field is missing): not retried, sent to the dead-letter topic. */
public class InvalidStatisticsEventException extends RuntimeException {

    public InvalidStatisticsEventException(String message) {
        super(message);
    }
}
