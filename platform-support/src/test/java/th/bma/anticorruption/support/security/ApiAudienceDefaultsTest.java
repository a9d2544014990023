package th.bma.anticorruption.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The authorization server's audience and the one every resource server expects come from one setting. */
class ApiAudienceDefaultsTest {

    private final ApiAudienceDefaults defaults = new ApiAudienceDefaults();

    @Test
    void theLocalRunsAudienceIsIssuedAndExpectedByDefault() {
        StandardEnvironment environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(ApiAudienceDefaults.AUDIENCE_PROPERTY))
                .isEqualTo(ApiAudienceDefaults.LOCAL_AUDIENCE);
        assertThat(expectedAudiences(environment)).containsExactly(ApiAudienceDefaults.LOCAL_AUDIENCE);
    }

    @Test
    void anEnvironmentsOwnAudienceReachesTheResourceServersToo() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("environment",
                Map.of(ApiAudienceDefaults.AUDIENCE_PROPERTY, "bma-anticorruption-api-production")));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(expectedAudiences(environment)).containsExactly("bma-anticorruption-api-production");
    }

    private static List<String> expectedAudiences(StandardEnvironment environment) {
        return Binder.get(environment).bind(ApiAudienceDefaults.RESOURCE_SERVER_AUDIENCES, String[].class)
                .map(List::of).orElse(List.of());
    }
}
