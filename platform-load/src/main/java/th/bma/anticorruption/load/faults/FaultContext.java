package th.bma.anticorruption.load.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import th.bma.anticorruption.launcher.RunningPlatform;
import th.bma.anticorruption.load.generator.ComplaintMix;
import th.bma.anticorruption.load.generator.LoadGenerator;

/**
 * What a scenario works with: the running platform, the gateway, its own month of complaints (so the month's
 * statistics are the scenario's alone) and the steady load rate.
 */
record FaultContext(RunningPlatform platform, Gateway gateway, YearMonth month, double loadPerSecond) {

    /** Half of Traffy's tickets out of scope: both screening paths, and most records open a complaint. */
    static final ComplaintMix FAULT_MIX = new ComplaintMix(0.60, 0.25, 0.15, 0.5);

    /** A generator whose records are received in the scenario's month (its clock starts on the 10th, 09:00). */
    LoadGenerator generator() {
        Clock system = Clock.systemUTC();
        java.time.Instant start = month.atDay(10).atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.ofHours(7));
        return new LoadGenerator(FAULT_MIX, System.nanoTime(),
                Clock.offset(system, Duration.between(system.instant(), start)));
    }

    Submissions submissions(Ledger ledger) {
        return new Submissions(gateway, ledger);
    }

    Reconciliation reconciliation() {
        return new Reconciliation(gateway, platform);
    }
}
