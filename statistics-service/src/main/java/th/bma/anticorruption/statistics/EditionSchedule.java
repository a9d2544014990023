package th.bma.anticorruption.statistics;

import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import th.bma.anticorruption.statistics.editions.MonthEditions;

/**
 * Checks every {@code statistics.editions.check-interval-ms} (5 min) whether a month-end edition is due. The first
 * check waits {@code statistics.editions.first-check-delay-ms} (1 min) after start, so that after a restart the
 * consumers have caught up before an edition is taken from what they wrote. Off with
 * {@code statistics.editions.enabled=false} (the {@code rebuild} profile: the history is incomplete while it is
 * replayed).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "statistics.editions.enabled", havingValue = "true", matchIfMissing = true)
class EditionSchedule {

    private static final Logger log = LoggerFactory.getLogger(EditionSchedule.class);

    private final MonthEditions editions;

    EditionSchedule(MonthEditions editions) {
        this.editions = editions;
    }

    @Scheduled(fixedDelayString = "${statistics.editions.check-interval-ms:300000}",
            initialDelayString = "${statistics.editions.first-check-delay-ms:60000}")
    void takeDueEditions() {
        List<YearMonth> kept = editions.takeDueEditions();
        if (!kept.isEmpty()) {
            log.info("Kept the month-end edition of {}", kept);
        }
    }
}
