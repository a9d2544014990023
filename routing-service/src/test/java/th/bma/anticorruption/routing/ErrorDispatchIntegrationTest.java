package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import th.bma.anticorruption.support.security.PlatformRoles;

/**
 * A failure inside a handler the caller may use answers 500, not a 403 that would blame the caller's role: the
 * error dispatch that renders it is not denied by the service's final rule.
 */
@Import(ErrorDispatchIntegrationTest.Failing.class)
class ErrorDispatchIntegrationTest extends RoutingIntegrationTestSupport {

    @RestController
    static class Failing {

        @GetMapping("/api/routing/rules/test-only-failure")
        String fail() {
            throw new IllegalStateException("a failure inside the handler");
        }
    }

    @Test
    void aFailureInsideAnAllowedHandlerIsA500() {
        Response response = get("/api/routing/rules/test-only-failure", token(PlatformRoles.INTAKE_OFFICER));

        assertThat(response.status()).isEqualTo(500);
        assertThat(String.valueOf(response.body())).doesNotContain("a failure inside the handler");
    }

    @Test
    void aRoleTheRuleDoesNotAllowIsStillA403() {
        Response response = post("/api/routing/triage/ANY/decision", token(PlatformRoles.AUDITOR),
                Map.of("lineOfWork", "OTHER", "reason", "ทดสอบ"));

        assertThat(response.status()).isEqualTo(403);
    }
}
