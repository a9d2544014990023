package th.bma.anticorruption.support.sealing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The databases {@link IdentityKeyRotation} reads and writes, each reached with the connection string the environment
 * gives for it: {@code IDENTITY_KEYS_MONGODB_URI_<DATABASE>} (e.g. {@code ..._INTAKE} with intake's own user, who may
 * write only its database), else {@code IDENTITY_KEYS_MONGODB_URI} for all (a user allowed on the three), else the
 * local run's {@code mongodb://localhost:27017}. One client per distinct connection string.
 */
final class MongoConnections implements AutoCloseable {

    static final String URI_VARIABLE = "IDENTITY_KEYS_MONGODB_URI";
    private static final String LOCAL = "mongodb://localhost:27017";

    private final Map<String, String> environment;
    private final Map<String, MongoClient> clients = new LinkedHashMap<>();

    MongoConnections(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    MongoDatabase database(String name) {
        String uri = environment.getOrDefault(URI_VARIABLE + "_" + name.toUpperCase(Locale.ROOT),
                environment.getOrDefault(URI_VARIABLE, LOCAL));
        return clients.computeIfAbsent(uri, MongoClients::create).getDatabase(name);
    }

    @Override
    public void close() {
        clients.values().forEach(MongoClient::close);
    }
}
