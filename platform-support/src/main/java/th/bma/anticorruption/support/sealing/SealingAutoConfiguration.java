package th.bma.anticorruption.support.sealing;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The {@link Sealer} of a service that keeps sealed values, from the keyset file named by
 * {@code platform.identity.keyset-path}. Only where {@code platform.identity.generate-keyset} is true (the local
 * profile) is a missing keyset generated; anywhere else the service refuses to start without it rather than seal
 * with a throwaway key.
 */
@AutoConfiguration
@ConditionalOnProperty("platform.identity.keyset-path")
public class SealingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Sealer sealer(@Value("${platform.identity.keyset-path}") Path keysetPath,
            @Value("${platform.identity.generate-keyset:false}") boolean generate) {
        return new Sealer(IdentityKeyset.load(keysetPath, generate));
    }
}
