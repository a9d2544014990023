package th.bma.anticorruption.load.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's options, {@code --name=value}: sizes, durations and which local run to use. Defaults are the
 * sizes the platform is measured at (1,500,000 CSV rows, 1,000,000 events to rebuild from, 90 s warm-up).
 */
public record BenchmarkOptions(Path home, Path workDir, String gatewayUrl, Duration warmUp, Duration measure,
        int connections, long csvRows, Duration backfillLimit, long rebuildEvents, Duration rebuildLimit,
        Duration floorDuration, Duration drainLimit, Set<String> skip, Long seed, Path report, boolean prepareOnly,
        Duration startLimit, boolean jfr, Map<String, Integer> ports, boolean backfillDirect, Duration paced,
        double pacedRate, int steadyProbes) {

    /** The ports of the run given by --gateway-url and --ports (the local run's defaults for the others). */
    Map<String, Integer> attachedPorts() {
        Map<String, Integer> attached = new LinkedHashMap<>();
        attached.put("gateway", java.net.URI.create(gatewayUrl).getPort());
        attached.putAll(ports);
        return attached;
    }

    static final String USAGE = """
            ./bench.sh [--warm-up=90] [--measure=60] [--connections=64] [--csv-rows=1500000] [--backfill-limit=420]
                       [--rebuild-events=1000000] [--rebuild-limit=240] [--floor=20] [--drain-limit=60]
                       [--seed=N] [--skip=floor,load,backfill,rebuild] [--start-limit=480] [--jfr=true]
                       [--work-dir=/tmp/platform-bench] [--report=platform-load/target/benchmark-report.md]
                       [--gateway-url=http://localhost:8080] [--ports=kafka:9092,mongodb:27017,auth:9000,intake:8081]
                       [--prepare-only=true] [--backfill-direct=true] [--paced=40] [--paced-rate=N]
                       [--steady-probes=4] [--quick=true]
              Durations in seconds. --jfr records a JFR profile of every process of the run over the measured window.
              --gateway-url uses a platform already running instead of starting one (--ports: its other ports, if not
              the default ones); start-up and memory are then skipped and the rebuild runs beside the running services.
              --prepare-only only writes the CSV of the backfill, kept in --work-dir for later runs.
              --backfill-direct posts the CSV to intake's own port instead of through the gateway.
              The saturating load runs twice, with the realistic mix and with all-corruption traffic (after a 15 s
              lead-in), each reporting the accepted and the counted rate, the backlog at the load's end and its drain.
              --paced is the length of each probe for the highest steady rate (all-corruption traffic on a fixed
              schedule) at which p99 intake -> case <= 1 s and -> statistics <= 2 s: the first probe at --paced-rate
              complaints/s (default half the all-corruption rate), then up or down, --steady-probes probes; 0 skips.
              --quick=true: a short run to see the report (warm-up 20, measure 20, csv-rows 20000, rebuild-events
              20000, floor 10, drain-limit 30, paced 15, steady-probes 2); options given still win.
            """;

    /** The defaults of {@code --quick=true}. */
    private static final Map<String, String> QUICK = Map.of("warm-up", "20", "measure", "20", "csv-rows", "20000",
            "rebuild-events", "20000", "floor", "10", "drain-limit", "30", "paced", "15", "steady-probes", "2");

    public static BenchmarkOptions parse(List<String> args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg + "\n" + USAGE);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Set<String> known = Set.of("home", "work-dir", "gateway-url", "warm-up", "measure", "connections", "csv-rows",
                "backfill-limit", "rebuild-events", "rebuild-limit", "floor", "drain-limit", "skip", "seed", "report",
                "prepare-only", "start-limit", "jfr", "ports",
                "backfill-direct", "paced", "paced-rate", "steady-probes", "quick");
        given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("Unknown option --" + k + "\n" + USAGE);
        });
        if (Boolean.parseBoolean(given.getOrDefault("quick", "false"))) {
            QUICK.forEach(given::putIfAbsent);
        }
        Path home = Path.of(given.getOrDefault("home", ".")).toAbsolutePath().normalize();
        return new BenchmarkOptions(home,
                Path.of(given.getOrDefault("work-dir", "/tmp/platform-bench")),
                given.get("gateway-url"),
                seconds(given, "warm-up", 90), seconds(given, "measure", 60),
                Integer.parseInt(given.getOrDefault("connections", "64")),
                Long.parseLong(given.getOrDefault("csv-rows", "1500000")),
                seconds(given, "backfill-limit", 420),
                Long.parseLong(given.getOrDefault("rebuild-events", "1000000")),
                seconds(given, "rebuild-limit", 240),
                seconds(given, "floor", 20), seconds(given, "drain-limit", 60),
                Set.of(given.getOrDefault("skip", "").split(",")),
                given.containsKey("seed") ? Long.valueOf(given.get("seed")) : null,
                Path.of(given.getOrDefault("report", home.resolve("platform-load/target/benchmark-report.md").toString())),
                Boolean.parseBoolean(given.getOrDefault("prepare-only", "false")),
                seconds(given, "start-limit", 480),
                Boolean.parseBoolean(given.getOrDefault("jfr", "false")),
                ports(given.getOrDefault("ports", "")),
                Boolean.parseBoolean(given.getOrDefault("backfill-direct", "false")),
                seconds(given, "paced", 40),
                Double.parseDouble(given.getOrDefault("paced-rate", "0")),
                Integer.parseInt(given.getOrDefault("steady-probes", "4")));
    }

    boolean runs(String phase) {
        return !skip.contains(phase);
    }

    private static Map<String, Integer> ports(String list) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                ports.put(entry.substring(0, entry.indexOf(':')).strip(), Integer.valueOf(entry.substring(entry.indexOf(':') + 1).strip()));
            }
        }
        return ports;
    }

    private static Duration seconds(Map<String, String> given, String name, int fallback) {
        return Duration.ofSeconds(Long.parseLong(given.getOrDefault(name, String.valueOf(fallback))));
    }
}
