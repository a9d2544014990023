package th.bma.anticorruption.testkit;

import java.net.InetSocketAddress;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A real in-process KRaft Kafka broker and an in-memory mongo-java-server, on random ports. */
final class EmbeddedBackend implements TestInfrastructure.Backend {

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final String mongoConnection;

    EmbeddedBackend() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        mongoConnection = "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoConnectionString() {
        return mongoConnection;
    }

    @Override
    public void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
