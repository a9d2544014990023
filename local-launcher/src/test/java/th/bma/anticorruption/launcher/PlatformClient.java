package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the platform under test as its clients use it: tokens from the authorization server with the demo clients'
 * client-credentials grant, everything else through the gateway.
 */
final class PlatformClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Tokens live five minutes; a fresh one is taken well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);

    private final PlatformUnderTest platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PlatformClient(PlatformUnderTest platform) {
        this.platform = platform;
    }

    HttpResponse<String> get(String path, String clientId) {
        return send(request(path, clientId).GET());
    }

    HttpResponse<String> post(String path, String clientId, String json) {
        return send(request(path, clientId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A GET without a token (the OpenAPI document, the dashboard). */
    HttpResponse<String> getAnonymously(String path) {
        return send(HttpRequest.newBuilder(gateway(path)).GET());
    }

    /** A POST without a token (public tracking). */
    HttpResponse<String> postAnonymously(String path, String json) {
        return send(HttpRequest.newBuilder(gateway(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** GET straight to one process of the run (e.g. {@code /actuator/prometheus}, which the gateway does not route). */
    HttpResponse<String> getDirect(String portName, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port(portName) + path)).GET());
    }

    /** The body of a 2xx answer as JSON; anything else fails the test with the answer. */
    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s", response.request().uri(), response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    URI gateway(String path) {
        return URI.create("http://localhost:" + platform.port("gateway") + path);
    }

    String authOrigin() {
        return "http://localhost:" + platform.port("auth");
    }

    /** Client credentials with HTTP Basic; the local profile's secret is {@code <client-id>-secret}. */
    String token(String clientId) {
        Token cached = tokens.get(clientId);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        String basic = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(authOrigin() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        String value = json(response).path("access_token").asString();
        tokens.put(clientId, new Token(value, System.nanoTime()));
        return value;
    }

    /** A POST with a token taken elsewhere (a signed-in person's, {@link #signIn}). */
    HttpResponse<String> postWithToken(String path, String accessToken, String json) {
        return send(HttpRequest.newBuilder(gateway(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * A person's access token, as the officers' tools get one: the local demo user signs in on the authorization
     * server's login form ({@code <user>-password}), then the authorization code with PKCE of the {@code officer-tools}
     * client is exchanged at the token endpoint.
     */
    String signIn(String username) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = send(browser, HttpRequest.newBuilder(URI.create(authOrigin() + "/login")).GET());
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(authOrigin() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password",
                        username + "-password", "_csrf", csrf.group(1)))));
        assertThat(login.statusCode()).as("signed in").isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.util.UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.US_ASCII));
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String redirect = "http://localhost:" + platform.port("gateway") + "/workspace/callback";
        HttpResponse<String> authorized = send(browser, HttpRequest.newBuilder(URI.create(authOrigin()
                + "/oauth2/authorize?" + form("response_type", "code", "client_id", "officer-tools", "redirect_uri",
                redirect, "scope", "officer", "code_challenge", challenge, "code_challenge_method", "S256"))).GET());
        String location = authorized.headers().firstValue("Location").orElse("");
        assertThat(location).as("the authorization code").startsWith(redirect + "?code=");
        String code = java.net.URLDecoder.decode(location.replaceFirst(".*[?&]code=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(authOrigin() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "authorization_code", "client_id",
                        "officer-tools", "code", code, "redirect_uri", redirect, "code_verifier", verifier))));
        return json(token).path("access_token").asString();
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(java.net.URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(java.net.URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private HttpRequest.Builder request(String path, String clientId) {
        return HttpRequest.newBuilder(gateway(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(clientId));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, long takenAtNanos) {
        boolean fresh() {
            return System.nanoTime() - takenAtNanos < TOKEN_REUSE.toNanos();
        }
    }
}
