package th.bma.anticorruption.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * An in-memory mongo-java-server on a random port with a client to it, for tests of code that talks to MongoDB
 * without a Spring context. Register it with {@code @RegisterExtension}: on a static field one server serves the
 * whole class and stops after it; on an instance field every test gets a fresh server, stopped after the test. The
 * server starts when the extension is constructed, so fields declared after it may already use {@link #client()}.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
    private final MongoClient client = MongoClients.create(uri);
    private boolean servesWholeClass;

    /** The connection string of the server, for code that opens its own client. */
    public String uri() {
        return uri;
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        servesWholeClass = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!servesWholeClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes the client and stops the server; for holders that are not registered as an extension. */
    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
