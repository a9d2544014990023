package th.bma.anticorruption.intake.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.intake.complaint.BulkEventSender;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.EventOutbox;
import th.bma.anticorruption.intake.complaint.IntakeMetrics;
import th.bma.anticorruption.intake.complaint.OutboxDocuments;
import th.bma.anticorruption.intake.complaint.PendingEvents;
import th.bma.anticorruption.intake.complaint.ScreenedOutTallies;
import th.bma.anticorruption.intake.complaint.ScreenedOutTallyRelay;
import th.bma.anticorruption.intake.complaint.OutboxRelay;
import th.bma.anticorruption.intake.identity.IdentityReveal;
import th.bma.anticorruption.intake.identity.IdentityRevealAudit;
import th.bma.anticorruption.intake.identity.IdentityVault;
import th.bma.anticorruption.support.reveal.RevealAllowance;
import th.bma.anticorruption.support.reveal.RevealAnnouncer;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.intake.screening.CorruptionScreening;
import th.bma.anticorruption.intake.tracking.TrackingCodes;
import th.bma.anticorruption.intake.traffy.TraffyCsvImport;
import th.bma.anticorruption.intake.traffy.TraffyStatusUpdates;
import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.tracking.TrackingHashKey;

/** Wires intake's domain objects (which hold no Spring types of their own). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IntakeConfiguration {

    /** Channel timestamps keep their Bangkok offset when read back (Jackson 3 would move them to UTC). */
    @Bean
    JsonMapperBuilderCustomizer keepOffsets() {
        return builder -> builder.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    @Bean
    TrackingCodes trackingCodes(Environment environment, Sealer sealer) {
        return new TrackingCodes(TrackingHashKey.hasher(environment), sealer);
    }

    @Bean
    IdentityVault identityVault(MongoTemplate mongo, Sealer sealer, JsonMapper json, Clock clock) {
        return new IdentityVault(mongo, sealer, json, clock);
    }

    @Bean
    IdentityRevealAudit identityRevealAudit(MongoTemplate mongo) {
        return new IdentityRevealAudit(mongo);
    }

    @Bean
    IdentityReveal identityReveal(IdentityVault vault, SealedTexts sealedTexts, IdentityRevealAudit audit,
            RevealAllowance allowance, RevealAnnouncer announcer, Clock clock) {
        return new IdentityReveal(vault, sealedTexts, audit, allowance, announcer, clock);
    }

    @Bean
    OutboxDocuments outboxDocuments(MongoTemplate mongo, Clock clock) {
        return new OutboxDocuments(mongo, clock);
    }

    @Bean
    PendingEvents pendingEvents(MongoTemplate mongo, Clock clock) {
        return new PendingEvents(mongo, clock);
    }

    @Bean(destroyMethod = "close")
    BulkEventSender bulkEventSender(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers, JsonMapper json) {
        return new BulkEventSender(brokers, json);
    }

    @Bean
    EventOutbox eventOutbox(OutboxDocuments documents, PendingEvents pending, EventPublisher publisher,
            BulkEventSender bulkEventSender) {
        return new EventOutbox(documents, pending, publisher, bulkEventSender);
    }

    @Bean
    OutboxRelay outboxRelay(EventOutbox outbox, @Value("${platform.outbox.grace:PT10S}") Duration grace) {
        return new OutboxRelay(outbox, grace);
    }

    @Bean
    ScreenedOutTallies screenedOutTallies(OutboxDocuments documents, MongoTemplate mongo, BulkEventSender bulkEventSender,
            JsonMapper json, Clock clock) {
        return new ScreenedOutTallies(documents, mongo, ScreenedOutTallies.Sender.of(bulkEventSender), json, clock);
    }

    @Bean
    ScreenedOutTallyRelay screenedOutTallyRelay(ScreenedOutTallies tallies,
            @Value("${platform.outbox.grace:PT10S}") Duration grace) {
        return new ScreenedOutTallyRelay(tallies, grace);
    }

    @Bean
    IntakeMetrics intakeMetrics(MeterRegistry registry) {
        return new IntakeMetrics(registry);
    }

    @Bean
    ComplaintIntake complaintIntake(CorruptionScreening screening, IdentityVault vault, TrackingCodes trackingCodes,
            OutboxDocuments documents, EventOutbox outbox, ScreenedOutTallies tallies, IntakeMetrics metrics,
            JsonMapper json, Clock clock) {
        return new ComplaintIntake(screening, vault, trackingCodes, documents, outbox, tallies, metrics, json, clock);
    }

    @Bean
    TraffyCsvImport traffyCsvImport(ComplaintIntake intake, TraffyStatusUpdates statusUpdates,
            @Value("${platform.intake.import-batch-size:1000}") int batchSize,
            @Value("${platform.intake.import-max-rows:2000000}") long maxRows,
            @Value("${platform.intake.import-max-concurrent:4}") int maxConcurrent) {
        return new TraffyCsvImport(intake, statusUpdates, batchSize, 10_000,
                new TraffyCsvImport.Limits(maxRows, maxConcurrent));
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(@Value("${platform.intake.max-body-bytes:262144}") long maxBytes) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(maxBytes, "/api/intake/traffy-fondue/import"));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    TraffyStatusUpdates traffyStatusUpdates(ComplaintIntake intake, EventPublisher publisher,
            BulkEventSender bulkEventSender, SealedTexts sealedTexts, Clock clock) {
        return new TraffyStatusUpdates(intake, publisher, bulkEventSender, sealedTexts, clock);
    }
}
