package th.bma.anticorruption.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Real Kafka (KRaft) and a real MongoDB replica set in containers, for machines with a Docker engine. */
final class ContainerBackend implements TestInfrastructure.Backend {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String MONGO_IMAGE = "mongo:8.0";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);

    ContainerBackend() {
        kafka.start();
        mongo.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoConnectionString() {
        String url = mongo.getConnectionString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void stop() {
        kafka.stop();
        mongo.stop();
    }
}
