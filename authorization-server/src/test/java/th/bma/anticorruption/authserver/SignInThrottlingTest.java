package th.bma.anticorruption.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.bma.anticorruption.testkit.MutableClock;

/**
 * The sign-in form and the token endpoint behind the throttle, through the whole security chain: after five failures
 * from one address the right password or secret is answered 429 with Retry-After (nothing is checked while the
 * back-off runs), from another address it still works, and once the back-off is over it works again. A guess spread
 * over many addresses closes the account only to addresses it has not signed in from.
 */
@SpringBootTest(properties = "platform.auth.signing-key-file=")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class SignInThrottlingTest {

    @TestConfiguration
    static class MovableClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Test
    void theSignInFormBacksOffPerAccountAndAddress() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("director", "guess-" + attempt, "198.51.100.7").andExpect(redirectedUrl("/login?error"));
        }

        signIn("director", "director-password", "198.51.100.7")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("กรุณาลองใหม่ในอีก 1 นาที", "Please try again in a minute"));
        signIn("director", "director-password", "203.0.113.10")
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("director"));

        clock.advance(Duration.ofSeconds(30));
        signIn("director", "director-password", "198.51.100.7")
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("director"));
    }

    @Test
    void aGuessFromManyAddressesLeavesTheOwnersUsualAddressOpen() throws Exception {
        signIn("pathumwan", "pathumwan-password", "203.0.113.20")
                .andExpect(SecurityMockMvcResultMatchers.authenticated());
        for (int address = 1; address <= 10; address++) {
            signIn("pathumwan", "guess", "192.0.2." + address).andExpect(redirectedUrl("/login?error"));
        }

        signIn("pathumwan", "pathumwan-password", "192.0.2.99").andExpect(status().isTooManyRequests());
        signIn("pathumwan", "pathumwan-password", "203.0.113.20")
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("pathumwan"));
    }

    @Test
    void theTokenEndpointBacksOffPerClientAndAddress() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            token("hotline-adapter", "guess-" + attempt, "198.51.100.9").andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").value("invalid_client"));
        }

        token("hotline-adapter", "hotline-adapter-secret", "198.51.100.9")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
                .andExpect(jsonPath("$.error").value("temporarily_unavailable"))
                .andExpect(jsonPath("$.access_token").doesNotExist());
        token("hotline-adapter", "hotline-adapter-secret", "203.0.113.30").andExpect(status().isOk());

        clock.advance(Duration.ofSeconds(30));
        token("hotline-adapter", "hotline-adapter-secret", "198.51.100.9").andExpect(status().isOk())
                .andExpect(jsonPath("$.access_token").isNotEmpty());
    }

    private ResultActions signIn(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password)
                .with(SecurityMockMvcRequestPostProcessors.csrf()).with(from(address)));
    }

    private ResultActions token(String client, String secret, String address) throws Exception {
        return mvc.perform(post("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, AuthorizationServerLocalProfileTest.basic(client, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("grant_type=client_credentials")
                .with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
