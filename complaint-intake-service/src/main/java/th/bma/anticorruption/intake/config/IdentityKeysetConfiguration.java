package th.bma.anticorruption.intake.config;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.intake.sealing.IdentityKeyset;
import th.bma.anticorruption.intake.sealing.Sealer;

/**
 * The sealer and its keyset, on their own so the start-up rule can be tested without the rest of the service: the
 * keyset is read from {@code platform.identity.keyset-path}; only the {@code local} profile may generate a missing
 * one ({@code platform.identity.generate-keyset}), every other profile refuses to start without it.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityKeysetConfiguration {

    @Bean
    Sealer sealer(@Value("${platform.identity.keyset-path}") Path keysetPath,
            @Value("${platform.identity.generate-keyset:false}") boolean generate) {
        return new Sealer(IdentityKeyset.load(keysetPath, generate));
    }
}
