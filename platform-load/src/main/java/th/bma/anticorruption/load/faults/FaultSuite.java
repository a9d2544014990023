package th.bma.anticorruption.load.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.launcher.RunningPlatform;

/**
 * The fault suite, one command ({@code ./faults.sh}): starts the local run from the launcher's exec jar on free
 * ports and a fresh data folder, runs the scenarios one at a time, writes the results into
 * {@code docs/reliability.md} and stops the run with every process under it. Options: {@code --home=} (repository
 * root, default the working directory), {@code --data-dir=} (default a new folder under /tmp),
 * {@code --report=} (default {@code <home>/docs/reliability.md}), {@code --only=name,name}, {@code --rate=}
 * (records per second of the steady load, default 15). Exit code 1 if a scenario failed.
 */
public final class FaultSuite {

    private static final Logger log = LoggerFactory.getLogger(FaultSuite.class);
    /** The launcher and every part of the platform up; a loaded machine needs far more than the minute of an idle one. */
    private static final Duration PLATFORM_UP = Duration.ofMinutes(25);

    private FaultSuite() {
    }

    /** Every scenario in the order they run; each owns the month {@code 2025-01} plus its position. */
    static List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        all.add(new PoisonMessages());
        all.add(new DuplicateStorms());
        all.add(new HostileInput());
        all.add(new ProcessKill("complaint-intake-service"));
        all.add(new ProcessKill("kafka"));
        all.add(new ClockJumps());
        for (String process : List.of("routing-service", "case-tracking-service", "statistics-service", "gateway",
                "authorization-server")) {
            all.add(new ProcessKill(process));
        }
        return all;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(options.getOrDefault("data-dir",
                Files.createTempDirectory("bma-faults-").toString()));
        Path report = Path.of(options.getOrDefault("report", home.resolve("docs/reliability.md").toString()));
        double rate = Double.parseDouble(options.getOrDefault("rate", "10"));
        List<String> only = options.containsKey("only") ? List.of(options.get("only").split(",")) : List.of();

        List<Scenario> scenarios = scenarios();
        List<ScenarioResult> results = new ArrayList<>();
        Instant begin = Instant.now();
        String facts;
        try (RunningPlatform platform = RunningPlatform.start(home, dataDir, RunningPlatform.freePorts(), PLATFORM_UP)) {
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "fault-suite-stop"));
            Gateway gateway = new Gateway(platform);
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario scenario = scenarios.get(i);
                if (!only.isEmpty() && !only.contains(scenario.name())) {
                    continue;
                }
                FaultContext context = new FaultContext(platform, gateway, YearMonth.of(2025, 1).plusMonths(i), rate);
                log.info("Scenario {} (month {})", scenario.name(), context.month());
                ScenarioResult result;
                try {
                    result = scenario.run(context);
                } catch (Exception | AssertionError e) {
                    log.error("Scenario {} could not finish", scenario.name(), e);
                    result = new ScenarioResult(scenario.name(), "did not finish: " + e, 0, 0, 0, 0, 0, 0,
                            List.of("error"), List.of(List.of(String.valueOf(e))), List.of(), false, Duration.ZERO);
                }
                results.add(result);
                // Written after every scenario, so an interrupted run still leaves what it measured.
                ReliabilityReport.writeInto(report, ReliabilityReport.render(results, "run in progress ("
                        + results.size() + " scenarios done), platform up in " + platform.startUp().orElseThrow().toSeconds()
                        + " s, steady load " + rate + " records/s, data folder " + dataDir));
                log.info("Scenario {}: {} (sent {}, acknowledged {}, lost {}, duplicated {}, 5xx on bad input {})",
                        result.name(), result.passed() ? "pass" : "FAIL", result.sent(), result.acknowledged(),
                        result.lost(), result.duplicated(), result.badInputServerErrors());
            }
            facts = "platform up in " + platform.startUp().orElseThrow().toSeconds() + " s, steady load " + rate
                    + " records/s, whole run " + Duration.between(begin, Instant.now()).toMinutes() + " min, data folder "
                    + dataDir;
        }
        ReliabilityReport.writeInto(report, ReliabilityReport.render(results, facts));
        log.info("Results written to {}", report);
        System.exit(results.stream().allMatch(ScenarioResult::passed) ? 0 : 1);
    }

    static final String USAGE = """
            ./faults.sh [--only=scenario,...] [--rate=10] [--data-dir=/tmp/...] [--report=docs/reliability.md]
              Runs every scenario (or those named) against a fresh local run and writes the results into the report.
              FAULTS_SKIP_BUILD=1 skips the build. Scenarios:\s""";

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE + String.join(", ", scenarios().stream().map(Scenario::name).toList()));
                System.exit(0);
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg + "\n" + USAGE);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
