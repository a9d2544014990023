package th.bma.anticorruption.load.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kill -9 of one process of the run (a service, the authorization server or the Kafka broker) under steady load:
 * load for a while, SIGKILL, start the process again as the launcher started it, load on, then send again whatever
 * was not acknowledged (as a channel would) and reconcile.
 */
final class ProcessKill implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(ProcessKill.class);
    private static final Duration BEFORE = Duration.ofSeconds(8);
    private static final Duration DOWN = Duration.ofSeconds(3);
    private static final Duration AFTER = Duration.ofSeconds(10);

    private final String process;

    ProcessKill(String process) {
        this.process = process;
    }

    @Override
    public String name() {
        return "kill-" + process;
    }

    @Override
    public ScenarioResult run(FaultContext context) throws Exception {
        Instant begin = Instant.now();
        Ledger ledger = new Ledger();
        Submissions submissions = context.submissions(ledger);
        Duration restartTook;
        try (SteadyLoad load = new SteadyLoad(context.generator(), submissions, context.loadPerSecond())) {
            Pause.of(BEFORE);
            context.platform().kill(process);
            Pause.of(DOWN);
            Instant restart = Instant.now();
            context.platform().restart(process, List.of());
            restartTook = Duration.between(restart, Instant.now());
            Pause.of(AFTER);
        }
        int failedUnderFault = ledger.serverErrors() + ledger.noAnswer();
        int requestsBeforeResend = ledger.requests();
        int resent = submissions.resendUnacknowledged();
        log.info("{}: {} requests, {} without acknowledgement, {} resends", name(), requestsBeforeResend,
                failedUnderFault, resent);
        Reconciliation.Result found = context.reconciliation().check(ledger, context.month());
        List<List<String>> checks = new ArrayList<>();
        checks.add(List.of("records sent under load", String.valueOf(requestsBeforeResend)));
        checks.add(List.of("answers 5xx or none while " + process + " was down (not acknowledged)",
                String.valueOf(failedUnderFault)));
        checks.add(List.of("requests to send those again until acknowledged", String.valueOf(resent)));
        checks.add(List.of("records still unacknowledged after resending", String.valueOf(ledger.unsettled().size())));
        checks.add(List.of("refused (4xx) valid records", String.valueOf(ledger.refused())));
        checks.add(List.of(process + " back and ready after", restartTook.toSeconds() + " s"));
        checks.add(List.of("complaints / screened out, acknowledged vs counted in " + context.month(),
                found.expected() + "/" + found.expectedScreenedOut() + " vs " + found.statisticsReceived() + "/"
                        + found.statisticsScreenedOut()));
        boolean passed = ledger.unsettled().isEmpty() && ledger.refused() == 0
                && ledger.recordsWithSeveralComplaintIds().isEmpty() && ledger.surplusCreations() == 0;
        List<String> evidence = new ArrayList<>(found.evidence());
        ledger.recordsWithSeveralComplaintIds().forEach(key -> evidence.add("several complaint ids for " + key));
        return new ScenarioResult(name(), "kill -9 of " + process + " under load, restarted", ledger.requests(),
                ledger.acknowledgedRecords(), found.lost(), found.duplicated() + ledger.surplusCreations(), 0,
                failedUnderFault, List.of("check", "value"), checks, evidence, passed,
                Duration.between(begin, Instant.now()));
    }
}
