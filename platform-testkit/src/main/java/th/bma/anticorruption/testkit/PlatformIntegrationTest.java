package th.bma.anticorruption.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs the real Kafka broker and MongoDB of {@link TestInfrastructure}. Name such classes
 * {@code *IntegrationTest}: the build runs them once on embedded infrastructure and once on Testcontainers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PlatformInfrastructureCondition.class)
public @interface PlatformIntegrationTest {
}
