package th.bma.anticorruption.support.reveal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.sealing.SealingAutoConfiguration;

/**
 * In a service that seals ({@code platform.identity.keyset-path} set) and keeps MongoDB: the sealed originals of
 * officers' texts, the reveal allowance ({@code platform.reveal.per-officer-per-day}, 10 unless configured), the
 * announcer and the audited reveal of officers' texts.
 */
@AutoConfiguration(after = SealingAutoConfiguration.class)
@ConditionalOnProperty("platform.identity.keyset-path")
@ConditionalOnClass({MongoTemplate.class, StreamBridge.class})
public class RevealAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SealedTexts sealedTexts(MongoTemplate mongo, Sealer sealer, Clock clock) {
        return new SealedTexts(mongo.getCollection(SealedTexts.COLLECTION), sealer, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    RevealAllowance revealAllowance(MongoTemplate mongo, @Value("${platform.reveal.per-officer-per-day:10}") int perDay,
            Clock clock) {
        return new RevealAllowance(mongo.getCollection(RevealAllowance.COLLECTION), perDay, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    RevealAnnouncer revealAnnouncer(EventPublisher publisher, @Value("${spring.application.name}") String service,
            Clock clock) {
        return new RevealAnnouncer(publisher, service, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    RevealAudit officersTextsRevealAudit(MongoTemplate mongo) {
        return new RevealAudit(mongo.getCollection(RevealAudit.COLLECTION));
    }

    @Bean
    @ConditionalOnMissingBean
    OfficersTextsReveal officersTextsReveal(SealedTexts texts, RevealAudit audit,
            RevealAllowance allowance, RevealAnnouncer announcer, Clock clock) {
        return new OfficersTextsReveal(texts, audit, allowance, announcer, clock);
    }
}
