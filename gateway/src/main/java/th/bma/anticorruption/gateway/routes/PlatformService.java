package th.bma.anticorruption.gateway.routes;

/** Short names of the services behind the gateway: route ids, circuit breaker names, fallback paths. */
public final class PlatformService {

    public static final String INTAKE = "intake";
    public static final String INTAKE_IMPORT = "intake-import";
    public static final String ROUTING = "routing";
    public static final String CASES = "cases";
    public static final String PUBLIC_TRACKING = "public-tracking";
    public static final String STATISTICS = "statistics";
    public static final String STATISTICS_STREAM = "statistics-stream";

    private PlatformService() {
    }
}
