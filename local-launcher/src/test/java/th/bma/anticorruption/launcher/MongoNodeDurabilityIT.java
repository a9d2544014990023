package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The embedded MongoDB node of the local run, started as the launcher starts it (the exec jar's {@code mongodb}
 * sub-command), keeps every acknowledged write even when its JVM is killed with SIGKILL right after the answer.
 */
class MongoNodeDurabilityIT {

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void acknowledgedWritesSurviveAKillMinus9OfTheNode() throws Exception {
        int port = freePort();
        Process node = startNode(port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> complaints = awaitUp(client);
            complaints.insertOne(new Document("_id", "TRAFFY:2026-PTW001").append("district", "ปทุมวัน"));
            complaints.updateOne(Filters.eq("_id", "TRAFFY:2026-PTW001"), Updates.inc("pushes", 1));
        }
        node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(node.isAlive()).isFalse();

        startNode(port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            Document found = awaitUp(client).find(Filters.eq("_id", "TRAFFY:2026-PTW001")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("district")).isEqualTo("ปทุมวัน");
            assertThat(found.getInteger("pushes")).isEqualTo(1);
        }
    }

    private Process startNode(int port) throws IOException {
        List<String> command = new ArrayList<>(new JavaCommand().jvm(128));
        command.addAll(List.of("-jar", System.getProperty("launcher.jar", "target/local-launcher-exec.jar"), "mongodb",
                "--parent-pid=" + ProcessHandle.current().pid(), "--data-dir=" + dataDir, "--mongodb-port=" + port));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("mongodb-node.log").toFile())
                .start();
        started.add(process);
        return process;
    }

    private static MongoCollection<Document> awaitUp(MongoClient client) {
        // Generous: on two cores shared with other builds a JVM start alone can take tens of seconds.
        await().atMost(Duration.ofMinutes(3)).ignoreExceptions()
                .until(() -> client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok") != null);
        return client.getDatabase("intake").getCollection("complaints");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
