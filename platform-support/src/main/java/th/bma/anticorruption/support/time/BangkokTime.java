package th.bma.anticorruption.support.time;

import java.time.Clock;
import java.time.ZoneId;

/** The platform's one time zone: Asia/Bangkok (UTC+7, no daylight saving). */
public final class BangkokTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    private BangkokTime() {
    }

    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}
