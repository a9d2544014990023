package th.bma.anticorruption.cases.tracking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import th.bma.anticorruption.support.tracking.TrackingCodeHasher;
import th.bma.anticorruption.support.tracking.TrackingHashKey;

/** The tracking-code hasher with the key shared with intake (from the environment, or the local run's key file). */
@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

    @Bean
    TrackingCodeHasher trackingCodeHasher(Environment environment) {
        return TrackingHashKey.hasher(environment);
    }
}
