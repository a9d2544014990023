package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/** Whether the complaint was found grounded (มีมูล), when and by whom (after the review or the subcommittee). */
public record Finding(boolean grounded, Instant foundAt, String foundBy) {
}
