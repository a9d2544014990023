package th.bma.anticorruption.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Limits small enough for a test to reach, with the test's own address (127.0.0.1) as a trusted proxy, so each test
 * names its client address in X-Forwarded-For. Every class with it shares one gateway.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@TestPropertySource(properties = {
        "platform.gateway.trusted-proxies=127.0.0.1/32",
        "platform.gateway.limits.client-requests=5",
        "platform.gateway.limits.client-window=10m",
        "platform.gateway.limits.anonymous-requests=8",
        "platform.gateway.limits.anonymous-window=10m",
        "platform.gateway.limits.tracking-attempts=3",
        "platform.gateway.limits.tracking-window=10m"})
@interface SmallLimits {
}
