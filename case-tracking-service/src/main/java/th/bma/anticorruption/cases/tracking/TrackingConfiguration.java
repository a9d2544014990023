package th.bma.anticorruption.cases.tracking;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.support.tracking.TrackingCodeHasher;

/** The tracking-code hasher with the key shared with intake ({@code platform.tracking.hash-key}). */
@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

    @Bean
    TrackingCodeHasher trackingCodeHasher(@Value("${platform.tracking.hash-key}") String key) {
        return new TrackingCodeHasher(key);
    }
}
