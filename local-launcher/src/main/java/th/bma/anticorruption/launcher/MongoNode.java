package th.bma.anticorruption.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;

import io.netty.channel.Channel;

/**
 * The embedded MongoDB: mongo-java-server with its H2 MVStore backend in {@code <data>/mongodb/platform.mv}.
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
        MVStore store = new MVStore.Builder().fileName(dir.resolve("platform.mv").toString()).open();
        backend = new CommitOnWriteBackend(store);
        server = new MongoServer(backend);
        server.bind("localhost", settings.port("mongodb"));
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

    /**
     * MVStore commits in the background about once a second, so a process killed in between would lose writes its
     * clients already saw acknowledged. Committing before answering any command that changed the store closes that
     * window: an acknowledged write is in the file (the operating system's cache) even if this JVM is killed with -9.
     */
    static final class CommitOnWriteBackend extends H2Backend {

        CommitOnWriteBackend(MVStore store) {
            super(store);
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                if (getMvStore().hasUnsavedChanges()) {
                    commit();
                }
            }
        }
    }
}
