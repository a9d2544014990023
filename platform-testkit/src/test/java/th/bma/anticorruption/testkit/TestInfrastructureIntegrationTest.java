package th.bma.anticorruption.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

@PlatformIntegrationTest
class TestInfrastructureIntegrationTest {

    @Test
    void aRecordSentToTheBrokerCanBeReadBack() throws Exception {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer());
             TopicReader reader = new TopicReader(bootstrap, "testkit.probe.v1")) {
            producer.send(new ProducerRecord<>("testkit.probe.v1", "k", "{\"n\":42}")).get();
            assertThat(reader.awaitValue(v -> v.get("n").asInt() == 42, Duration.ofSeconds(30))).isNotNull();
        }
    }

    @Test
    void aUniqueIndexRefusesADuplicate() {
        String uri = TestInfrastructure.mongoUri("testkit");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> things = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1))
                    .getCollection("things");
            things.createIndex(new Document("ref", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            things.insertOne(new Document("ref", "A"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> things.insertOne(new Document("ref", "A")))
                    .isInstanceOf(com.mongodb.MongoWriteException.class);
            assertThat(things.countDocuments()).isEqualTo(1);
        }
    }
}
