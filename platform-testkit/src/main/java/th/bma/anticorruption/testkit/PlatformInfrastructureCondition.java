package th.bma.anticorruption.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips (never fails) integration tests asked to run on Testcontainers where no Docker engine answers.
 * Evaluated before the Spring context loads, so a skipped class costs nothing.
 */
public class PlatformInfrastructureCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestInfrastructure.usesTestcontainers()) {
            return ConditionEvaluationResult.enabled("embedded Kafka and MongoDB");
        }
        return dockerAvailable()
                ? ConditionEvaluationResult.enabled("Testcontainers with Docker")
                : ConditionEvaluationResult.disabled("platform.infra=testcontainers but no Docker engine is available");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
