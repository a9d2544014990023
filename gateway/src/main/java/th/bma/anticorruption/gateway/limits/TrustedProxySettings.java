package th.bma.anticorruption.gateway.limits;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.gateway.trusted-proxies}: CIDR ranges (or single addresses) of the reverse proxies or load
 * balancers in front of the gateway whose {@code X-Forwarded-For} is believed. Empty by default: the gateway then
 * faces clients directly and keys the public tracking limit on the peer address.
 */
@ConfigurationProperties("platform.gateway")
public record TrustedProxySettings(List<String> trustedProxies) {

    public TrustedProxySettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().filter(range -> !range.isBlank()).toList();
    }
}
