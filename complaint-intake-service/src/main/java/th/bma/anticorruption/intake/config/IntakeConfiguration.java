package th.bma.anticorruption.intake.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.GroupCommit;
import th.bma.anticorruption.intake.complaint.IntakeMetrics;
import th.bma.anticorruption.intake.complaint.OutboxCollection;
import th.bma.anticorruption.intake.complaint.OutboxDocuments;
import th.bma.anticorruption.intake.complaint.OutboxRecords;
import th.bma.anticorruption.intake.complaint.PendingEvents;
import th.bma.anticorruption.intake.complaint.ScreenedOutTallies;
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
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxProperties;
import th.bma.anticorruption.support.outbox.OutboxRelay;
import th.bma.anticorruption.support.outbox.OutboxSender;
import th.bma.anticorruption.support.tracking.TrackingHashKey;

/** Wires intake's domain objects (which hold no Spring types of their own). */
@Configuration(proxyBeanMethods = false)
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

    @Bean
    ScreenedOutTallies screenedOutTallies(OutboxDocuments documents, MongoTemplate mongo, JsonMapper json, Clock clock) {
        return new ScreenedOutTallies(documents, mongo, json, clock);
    }

    @Bean
    ComplaintIntake.Outboxes intakeOutboxes(OutboxDocuments documents, PendingEvents pending,
            ScreenedOutTallies tallies, OutboxSender sender, Clock clock) {
        return new ComplaintIntake.Outboxes(
                new Outbox<>("complaints", new OutboxRecords(OutboxCollection.COMPLAINTS, documents, pending), sender, clock),
                new Outbox<>("screened-out", tallies, sender, clock));
    }

    /** Relays both outboxes, and what screened-out records kept one document each still announce. */
    @Bean
    OutboxRelay outboxRelay(ComplaintIntake.Outboxes outboxes, OutboxDocuments documents, PendingEvents pending,
            OutboxSender sender, Clock clock, OutboxProperties properties) {
        Outbox<?> earlierScreenedOut = new Outbox<>("screened-out-records",
                new OutboxRecords(OutboxCollection.SCREENED_OUT, documents, pending), sender, clock);
        return new OutboxRelay(List.of(outboxes.complaints(), outboxes.screenedOut(), earlierScreenedOut),
                properties.schedule());
    }

    @Bean
    IntakeMetrics intakeMetrics(MeterRegistry registry) {
        return new IntakeMetrics(registry);
    }

    @Bean(destroyMethod = "close")
    ComplaintIntake complaintIntake(CorruptionScreening screening, IdentityVault vault, TrackingCodes trackingCodes,
            OutboxDocuments documents, ComplaintIntake.Outboxes outboxes, IntakeMetrics metrics, JsonMapper json,
            Clock clock, Environment environment) {
        ComplaintIntake intake = new ComplaintIntake(screening, vault, trackingCodes, documents, outboxes, metrics,
                json, clock);
        intake.commitInGroups(new GroupCommit.Settings(
                environment.getProperty("platform.intake.commit.max-batch", Integer.class, 500),
                environment.getProperty("platform.intake.commit.linger", Duration.class, Duration.ofMillis(2)),
                environment.getProperty("platform.intake.commit.committers", Integer.class, 2),
                environment.getProperty("platform.intake.commit.max-waiting", Integer.class, 10_000)),
                environment.getProperty("platform.intake.commit.answer-within", Duration.class, Duration.ofSeconds(60)));
        return intake;
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
    TraffyStatusUpdates traffyStatusUpdates(ComplaintIntake intake, OutboxSender sender, JsonMapper json,
            SealedTexts sealedTexts, Clock clock) {
        return new TraffyStatusUpdates(intake, sender, json, sealedTexts, clock);
    }
}
