package th.bma.anticorruption.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Outside the local profile the demo clients do not exist, and clients come from configuration (the environment), as
 * does the audience of the tokens.
 */
@SpringBootTest(properties = {
        "platform.auth.audience=bma-anticorruption-api-production",
        "platform.auth.clients[0].id=statistics-exporter",
        "platform.auth.clients[0].secret=a-long-secret-from-the-environment",
        "platform.auth.clients[0].roles=DASHBOARD",
        "platform.auth.clients[1].id=hotline-1555-gateway",
        "platform.auth.clients[1].secret=another-long-secret-from-the-environment",
        "platform.auth.clients[1].roles=CHANNEL_ADAPTER",
        "platform.auth.clients[1].channel=HOTLINE_1555"})
@AutoConfigureMockMvc
@ActiveProfiles("docker")
class AuthorizationServerWithoutLocalProfileTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"traffy-adapter", "director", "pathumwan-officer"})
    void noDemoClientExists(String clientId) throws Exception {
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION,
                                AuthorizationServerLocalProfileTest.basic(clientId, clientId + "-secret"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void aClientFromTheEnvironmentGetsAToken() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, AuthorizationServerLocalProfileTest.basic(
                                "statistics-exporter", "a-long-secret-from-the-environment"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access_token").isNotEmpty());
    }

    @Test
    void aChannelAdapterFromTheEnvironmentGetsItsChannelInTheToken() throws Exception {
        // the server's own answer: its claims are read, not verified again
        JWTClaimsSet claims = SignedJWT.parse(accessToken("hotline-1555-gateway",
                "another-long-secret-from-the-environment")).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles").get(0)).isEqualTo("CHANNEL_ADAPTER");
        assertThat(claims.getStringClaim("channel")).isEqualTo("HOTLINE_1555");
    }

    @Test
    void itsTokensAreForThisEnvironmentsAudience() throws Exception {
        String token = accessToken("statistics-exporter", "a-long-secret-from-the-environment");

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience())
                .containsExactly("bma-anticorruption-api-production");
    }

    private String accessToken(String clientId, String secret) throws Exception {
        String body = mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, AuthorizationServerLocalProfileTest.basic(clientId, secret))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).path("access_token").asString();
    }
}
