package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/**
 * The latest progress report on a case, kept to judge the next one: when, for which holder, a digest of its
 * normalised note (never the note itself) and how many steps the case had taken by then.
 */
public record ProgressReport(Instant at, String holderCode, String noteDigest, long steps) {
}
