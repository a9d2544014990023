package th.bma.anticorruption.statistics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Statistics service: counts every complaint once, in the Bangkok month its channel received it, under its current
 * disposition; serves the monthly and fiscal-year figures and the centre's monthly report; publishes each month's
 * figures on the compacted topic {@code statistics.monthly.v1}.
 */
@SpringBootApplication
public class StatisticsApplication {

    public static void main(String[] args) {
        SpringApplication.run(StatisticsApplication.class, args);
    }
}
