package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * The facts of the complaint a case keeps: no complainant identity, the description already masked by intake, only
 * the accused's position (never their name). {@code district} is the Thai name.
 */
public record ComplaintFacts(Channel channel, Instant receivedAt, String district, LineOfWork lineOfWork,
        String trackingCodeHash, String description, String accusedPosition, String accusedPositionLevel) {
}
