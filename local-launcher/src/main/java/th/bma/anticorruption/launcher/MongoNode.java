package th.bma.anticorruption.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded MongoDB: mongo-java-server with its H2 MVStore backend in {@code <data>/mongodb/platform.mv}
 * ({@link EmbeddedMongoBackend}: commits before answering a write, grouped under load; compares index keys by value;
 * uses the {@code _id} index for guarded writes), its page cache a third of the node's heap.
 */
final class MongoNode implements InfrastructureNode {

    private final LaunchSettings settings;
    private MongoServer server;
    private H2Backend backend;

    MongoNode(LaunchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public void start() throws Exception {
        Path dir = settings.dataDir().resolve("mongodb");
        Files.createDirectories(dir);
        MVStore store = new MVStore.Builder().fileName(dir.resolve("platform.mv").toString())
                .cacheSize(cacheMegabytes()).open();
        backend = new EmbeddedMongoBackend(store);
        server = new MongoServer(backend);
        server.bind("localhost", settings.port("mongodb"));
    }

    /**
     * A third of the heap for MVStore's page cache (16 MB by default): pages read back from the file are deserialised
     * documents, so a cache that holds the run's working set saves most of that work.
     */
    static int cacheMegabytes() {
        return (int) Math.max(16, Runtime.getRuntime().maxMemory() / 3 / (1024 * 1024));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdownNow();
        }
        if (backend != null) {
            backend.close();
        }
    }
}
