package th.bma.anticorruption.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local run keeps its data, where the service jars are and which ports it uses. Every value has a default
 * (the ports the README documents) and can be changed with {@code --name=value} or the system property
 * {@code platform.local.name},
 * so a second run (the end-to-end test) can live beside a developer's run.
 */
public record LaunchSettings(Path home, Path dataDir, Map<String, Integer> ports) {

    /** The names of the ports, with their defaults. */
    public static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    public LaunchSettings {
        home = home.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        ports = Map.copyOf(ports);
    }

    /**
     * Reads {@code --home=}, {@code --data-dir=} and {@code --<name>-port=} arguments, then system properties
     * {@code platform.local.<same name>}, then the defaults (the working directory, {@code ./.local-data}).
     */
    public static LaunchSettings from(List<String> args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Path home = Path.of(value(given, "home", "."));
        Path dataDir = Path.of(value(given, "data-dir", home.resolve(".local-data").toString()));
        Map<String, Integer> ports = new LinkedHashMap<>();
        DEFAULT_PORTS.forEach((name, port) -> ports.put(name,
                Integer.parseInt(value(given, name + "-port", String.valueOf(port)))));
        given.keySet().stream()
                .filter(key -> !key.equals("home") && !key.equals("data-dir")
                        && !(key.endsWith("-port") && DEFAULT_PORTS.containsKey(key.substring(0, key.length() - 5))))
                .findFirst()
                .ifPresent(unknown -> {
                    throw new IllegalArgumentException("Unknown option --" + unknown);
                });
        return new LaunchSettings(home, dataDir, ports);
    }

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("No port named " + name);
        }
        return port;
    }

    public String kafkaBootstrap() {
        return "localhost:" + port("kafka");
    }

    public String mongoUri(String database) {
        return "mongodb://localhost:" + port("mongodb") + "/" + database;
    }

    public String authIssuer() {
        return "http://localhost:" + port("auth");
    }

    /** Where the browser reaches the gateway, and so the dashboard. */
    public String gatewayOrigin() {
        return "http://localhost:" + port("gateway");
    }

    /** Files the gateway serves besides its own: the dashboard's {@code dashboard/config.json}. */
    public Path webDir() {
        return dataDir.resolve("web");
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    private static String value(Map<String, String> given, String name, String fallback) {
        String fromArgs = given.get(name);
        return fromArgs != null ? fromArgs : System.getProperty("platform.local." + name, fallback);
    }

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway", 8080);
        ports.put("intake", 8081);
        ports.put("routing", 8082);
        ports.put("cases", 8083);
        ports.put("statistics", 8084);
        ports.put("auth", 9000);
        ports.put("kafka", 9092);
        ports.put("kafka-controller", 9093);
        ports.put("mongodb", 27017);
        return java.util.Collections.unmodifiableMap(ports);
    }
}
