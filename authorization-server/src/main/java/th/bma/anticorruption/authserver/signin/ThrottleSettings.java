package th.bma.anticorruption.authserver.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.auth.sign-in-throttle.*}: how many failed sign-ins (form login) and client authentications (token
 * endpoint) start a back-off, per account and address, per address, and per account; the first and the longest
 * back-off (it doubles with each further failure); how long failures are remembered without a new one; how long an
 * address stays known for an account after a successful sign-in from it.
 */
@ConfigurationProperties("platform.auth.sign-in-throttle")
public record ThrottleSettings(int perAccountAndAddress, int perAddress, int perAccount, Duration firstBackOff,
        Duration longestBackOff, Duration forgetAfter, Duration knownAddressFor) {

    public ThrottleSettings {
        perAccountAndAddress = perAccountAndAddress > 0 ? perAccountAndAddress : 5;
        perAddress = perAddress > 0 ? perAddress : 20;
        perAccount = perAccount > 0 ? perAccount : 10;
        firstBackOff = firstBackOff != null ? firstBackOff : Duration.ofSeconds(30);
        longestBackOff = longestBackOff != null ? longestBackOff : Duration.ofMinutes(15);
        forgetAfter = forgetAfter != null ? forgetAfter : Duration.ofHours(1);
        knownAddressFor = knownAddressFor != null ? knownAddressFor : Duration.ofDays(30);
    }
}
