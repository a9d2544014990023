package th.bma.anticorruption.launcher;

/** Kafka or MongoDB, run in a child JVM of the launcher so that it can always shut down cleanly. */
interface InfrastructureNode {

    String name();

    void start() throws Exception;

    /** Stops cleanly: everything acknowledged is on disk afterwards. */
    void stop();
}
