package th.bma.anticorruption.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The local profile's demo clients get tokens with the right roles and unit scopes for the platform's audience, signed
 * with the published key; every demo person signs in to the dashboard, whose token carries only the dashboard scope
 * and the roles that read statistics.
 */
@SpringBootTest(properties = "platform.auth.signing-key-file=")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class AuthorizationServerLocalProfileTest {

    static final String REDIRECT = "http://localhost:8080/dashboard/callback";
    static final String OFFICER_TOOLS = "http://localhost:8080/workspace/callback";

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "traffy-adapter, CHANNEL_ADAPTER, -",
            "hotline-adapter, CHANNEL_ADAPTER, -",
            "intake-officer, INTAKE_OFFICER, -",
            "investigator, INVESTIGATOR, -",
            "director, DIRECTOR, -",
            "confidentiality-officer, CONFIDENTIALITY_OFFICER, -",
            "auditor, AUDITOR, -",
            "dashboard, DASHBOARD, -",
            "pathumwan-officer, UNIT_OFFICER, DISTRICT-1007",
            "wg-enforcement-officer, UNIT_OFFICER, WG-3"})
    void demoClientGetsATokenWithItsRoleAndUnit(String clientId, String role, String unit) throws Exception {
        Jwt jwt = decoder().decode(accessToken(clientId, clientId + "-secret"));

        assertThat(jwt.getSubject()).isEqualTo(clientId);
        assertThat(jwt.getIssuer()).hasToString("http://localhost:9000");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(role);
        assertThat(jwt.getClaimAsString("unit")).isEqualTo(unit);
        assertThat(jwt.getClaimAsString("subject_kind")).as("a client is no named person").isEqualTo("client");
        assertThat(jwt.getAudience()).containsExactly("bma-anticorruption-api-local");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "traffy-adapter, TRAFFY_FONDUE",
            "hotline-adapter, HOTLINE_1555",
            "intake-officer, -",
            "pathumwan-officer, -"})
    void aChannelAdaptersTokenNamesTheOneChannelItPushes(String clientId, String channel) throws Exception {
        Jwt jwt = decoder().decode(accessToken(clientId, clientId + "-secret"));

        assertThat(jwt.getClaimAsString("channel")).isEqualTo(channel);
    }

    @Test
    void wrongSecretIsRefused() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic("traffy-adapter", "hotline-adapter-secret"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials"))
                .andExpect(status().isUnauthorized());
    }

    /** user, roles in their dashboard token (only those that read statistics), unit. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "director, DIRECTOR, -",
            "intake, INTAKE_OFFICER, -",
            "investigator, INVESTIGATOR, -",
            "pathumwan, UNIT_OFFICER, DISTRICT-1007",
            "wg3, UNIT_OFFICER, WG-3",
            "auditor, AUDITOR, -",
            "confidentiality, -, -"})
    void everyDemoPersonSignsInToTheDashboardWithATokenThatOnlyReads(String user, String role, String unit)
            throws Exception {
        MockHttpSession signedIn = signIn(user);

        Jwt jwt = decoder().decode(dashboardToken(signedIn, "dashboard"));

        assertThat(jwt.getSubject()).isEqualTo(user);
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("dashboard");
        assertThat(jwt.getClaimAsStringList("roles")).isEqualTo(role == null ? List.of() : List.of(role));
        assertThat(jwt.getClaimAsString("unit")).isEqualTo(unit);
        assertThat(jwt.getAudience()).containsExactly("bma-anticorruption-api-local");
        assertThat(jwt.getClaimAsString("subject_kind")).as("a signed-in person").isEqualTo("user");
    }

    @Test
    void theDashboardMayAskForNothingButTheDashboardScope() throws Exception {
        String location = authorize(signIn("director"), "openid profile", "unused-challenge");

        assertThat(location).startsWith(REDIRECT + "?error=invalid_scope");
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", user).param("password", user + "-password")
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(user))
                .andReturn().getRequest().getSession();
    }

    private String dashboardToken(MockHttpSession signedIn, String scope) throws Exception {
        return personToken(signedIn, "dashboard-ui", scope, REDIRECT);
    }

    private String personToken(MockHttpSession signedIn, String clientId, String scope, String redirect)
            throws Exception {
        String verifier = "a-code-verifier-that-is-long-enough-for-pkce-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String location = authorize(signedIn, clientId, scope, redirect, challenge);
        assertThat(location).startsWith(redirect + "?code=");
        String code = UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("code");

        String body = mvc.perform(post("/oauth2/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "authorization_code").param("client_id", clientId)
                        .param("code", code).param("redirect_uri", redirect).param("code_verifier", verifier))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return (String) json.readValue(body, Map.class).get("access_token");
    }

    @Test
    void theConfidentialityOfficerSignsInToTheOfficersToolsWithATokenThatMayReveal() throws Exception {
        Jwt jwt = decoder().decode(personToken(signIn("confidentiality"), "officer-tools", "officer", OFFICER_TOOLS));

        assertThat(jwt.getSubject()).isEqualTo("confidentiality");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CONFIDENTIALITY_OFFICER");
        assertThat(jwt.getClaimAsString("subject_kind")).as("a signed-in person").isEqualTo("user");
        assertThat(jwt.getAudience()).containsExactly("bma-anticorruption-api-local");
    }

    @Test
    void theOfficersToolsMayNotAskForTheDashboardsScope() throws Exception {
        String location = authorize(signIn("director"), "officer-tools", "dashboard", OFFICER_TOOLS,
                "unused-challenge");

        assertThat(location).startsWith(OFFICER_TOOLS + "?error=invalid_scope");
    }

    private String authorize(MockHttpSession signedIn, String scope, String challenge) throws Exception {
        return authorize(signedIn, "dashboard-ui", scope, REDIRECT, challenge);
    }

    private String authorize(MockHttpSession signedIn, String clientId, String scope, String redirect, String challenge)
            throws Exception {
        return mvc.perform(get("/oauth2/authorize").session(signedIn)
                        .queryParam("response_type", "code").queryParam("client_id", clientId)
                        .queryParam("redirect_uri", redirect).queryParam("scope", scope)
                        .queryParam("code_challenge", challenge).queryParam("code_challenge_method", "S256"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void wrongUserPasswordIsRefused() throws Exception {
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user("director").password("director-secret"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
    }

    @Test
    void theDashboardsOriginAloneMayCallTheTokenEndpointFromABrowser() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/oauth2/token")
                        .header(HttpHeaders.ORIGIN, "http://localhost:8080")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/oauth2/token")
                        .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSignInPageAllowsOnlyItsOwnResourcesAndNoFraming() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void healthIsOpenWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    String accessToken(String clientId, String secret) throws Exception {
        String body = mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic(clientId, secret))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return (String) json.readValue(body, Map.class).get("access_token");
    }

    private NimbusJwtDecoder decoder() throws Exception {
        String jwks = mvc.perform(get("/oauth2/jwks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<com.nimbusds.jose.jwk.JWK> keys = JWKSet.parse(jwks).getKeys();
        assertThat(keys).hasSize(1);
        return NimbusJwtDecoder.withPublicKey(((RSAKey) keys.get(0)).toRSAPublicKey()).build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
