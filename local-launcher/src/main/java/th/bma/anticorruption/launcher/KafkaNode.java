package th.bma.anticorruption.launcher;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) whose log stays in {@code <data>/kafka}:
 * formatted once with Kafka's own storage formatter, then run with {@link KafkaRaftServer}, exactly the server
 * {@code kafka-server-start.sh} runs.
 */
final class KafkaNode implements InfrastructureNode {

    private static final int NODE_ID = 1;

    private final LaunchSettings settings;
    private KafkaRaftServer server;

    KafkaNode(LaunchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public void start() throws Exception {
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
        formatOnce(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    Path logDir() {
        return settings.dataDir().resolve("kafka");
    }

    Properties brokerProperties() {
        int port = settings.port("kafka");
        int controllerPort = settings.port("kafka-controller");
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir().toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // One node: nobody to wait for before the first consumer group rebalance.
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.retention.hours", "-1");
        props.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return props;
    }

    private void formatOnce(KafkaConfig config) throws Exception {
        if (Files.exists(logDir().resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(logDir());
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir().toString()))
                .setMetadataLogDirectory(config.metadataLogDir())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }
}
