package th.bma.anticorruption.load.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.CaseDeadline;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.launcher.RunningPlatform;

/**
 * The statistics rebuild from N events: N case snapshots (half the complaints opened under verification, then
 * forwarded or completed: two snapshots each) on a topic of their own, then statistics-service's exec jar with the
 * {@code rebuild} profile reading it into a fresh database and consumer group, timed from its start until its
 * group has committed the whole topic. Its monthly output goes to a topic of its own, so the run's real figures
 * are untouched.
 */
final class StatisticsRebuild {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Channel[] CHANNELS = Channel.values();
    private static final LineOfWork[] LINES = LineOfWork.values();
    private static final BangkokDistrict[] DISTRICTS = BangkokDistrict.values();

    /** Seconds to produce the events, seconds until the service was ready, seconds until caught up (from its start). */
    record Result(long events, double produceSeconds, double readySeconds, double caughtUpSeconds, long eventsRead,
            boolean finished, long peakRssKb) {
    }

    private StatisticsRebuild() {
    }

    static Result run(RunningPlatform platform, Path home, Path workDir, long events, Duration limit, String tag)
            throws IOException, InterruptedException {
        String topic = "bench.rebuild.cases." + tag;
        String group = "bench-rebuild-" + tag;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
        long produceStart = System.nanoTime();
        SplittableRandom random = new SplittableRandom(2026);
        try (KafkaProducer<String, String> producer = KafkaFloor.producer(platform.kafkaBootstrap())) {
            for (long i = 0; i < events; i += 2) {
                for (CaseStatusChanged event : complaint(random)) {
                    producer.send(new ProducerRecord<>(topic, event.caseId(), JSON.writeValueAsString(event)));
                }
            }
            producer.flush();
        }
        double produceSeconds = (System.nanoTime() - produceStart) / 1e9;

        int port = RunningPlatform.freePort();
        List<String> command = new ArrayList<>(List.of(RunningPlatform.javaBinary(), "-Xms32m", "-Xmx160m", "-Xss512k",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m",
                "-XX:MaxMetaspaceSize=192m", "-Dfile.encoding=UTF-8", "-jar",
                home.resolve("statistics-service/target/statistics-service-exec.jar").toString(),
                "--server.port=" + port, "--spring.profiles.active=local,rebuild",
                "--spring.mongodb.uri=mongodb://localhost:" + platform.port("mongodb") + "/bench-rebuild-" + tag,
                "--spring.cloud.stream.kafka.binder.brokers=" + platform.kafkaBootstrap(),
                "--spring.kafka.bootstrap-servers=" + platform.kafkaBootstrap(),
                "--platform.auth.issuer=" + platform.auth(),
                "--statistics.consumer-group=" + group,
                "--spring.cloud.stream.bindings.rebuildCaseStatus-in-0.destination=" + topic,
                "--spring.cloud.stream.bindings.countScreenedOut-in-0.destination=bench.rebuild.screened-out." + tag,
                "--spring.cloud.stream.bindings.countScreenedOutTallies-in-0.destination=bench.rebuild.tallies." + tag,
                "--spring.cloud.stream.bindings.monthlyStatistics-out-0.destination=bench.rebuild.monthly." + tag));
        long start = System.nanoTime();
        Process service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("rebuild-" + tag + ".log").toFile()).start();
        double ready = -1;
        long read = 0;
        boolean finished = false;
        long peak = 0;
        HttpClient http = HttpClient.newHttpClient();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap()))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
            long deadline = start + limit.toNanos();
            while (System.nanoTime() < deadline && service.isAlive()) {
                if (ready < 0 && ready(http, port)) {
                    ready = (System.nanoTime() - start) / 1e9;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata offset = committed.get(partition);
                read = offset == null ? 0 : offset.offset();
                peak = Math.max(peak, ProcessMemory.peakResidentKb(service.pid()));
                if (read >= end) {
                    finished = true;
                    break;
                }
                Thread.sleep(250);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        return new Result(events, produceSeconds, ready, (System.nanoTime() - start) / 1e9, read, finished, peak);
    }

    private static boolean ready(HttpClient http, int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A complaint's two snapshots: opened under verification, then forwarded or completed. */
    private static List<CaseStatusChanged> complaint(SplittableRandom random) {
        String caseId = UUID.randomUUID().toString();
        String complaintId = UUID.randomUUID().toString();
        Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
        LineOfWork line = LINES[random.nextInt(LINES.length)];
        BangkokDistrict district = DISTRICTS[random.nextInt(DISTRICTS.length)];
        OffsetDateTime receivedAt = OffsetDateTime.of(2021, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7))
                .plusMinutes(random.nextInt(60 * 24 * 365 * 5));
        Instant opened = receivedAt.toInstant().plusSeconds(60);
        Destination triage = new Destination(DestinationKind.TRIAGE, "TRIAGE", "ตรวจสอบข้อเท็จจริง", "Under verification");
        Destination unit = new Destination(DestinationKind.UNIT, district.code(), "สำนักงานเขต" + district.nameTh(),
                district.nameEn() + " District Office");
        CaseDeadline open = new CaseDeadline("UNIT_PROGRESS_REPORT", receivedAt.plusDays(30), DeadlineStatus.OPEN, null);
        boolean completed = random.nextInt(3) == 0;
        CaseDeadline second = completed
                ? new CaseDeadline("UNIT_PROGRESS_REPORT", receivedAt.plusDays(30), DeadlineStatus.MET, receivedAt.plusDays(12))
                : open;
        return List.of(
                new CaseStatusChanged(UUID.randomUUID(), opened, caseId, CaseStatusChanged.SCHEMA_VERSION, 1, complaintId,
                        channel, receivedAt, district.nameTh(), line, null, "UNDER_VERIFICATION",
                        Disposition.UNDER_VERIFICATION, triage, null, false, null),
                new CaseStatusChanged(UUID.randomUUID(), opened.plusSeconds(3600), caseId, CaseStatusChanged.SCHEMA_VERSION,
                        2, complaintId, channel, receivedAt, district.nameTh(), line, "UNDER_VERIFICATION",
                        completed ? "COMPLETED" : "FORWARDED", completed ? Disposition.COMPLETED : Disposition.FORWARDED_TO_UNIT,
                        unit, second, false, null));
    }
}
