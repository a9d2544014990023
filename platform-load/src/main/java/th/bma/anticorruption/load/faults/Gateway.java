package th.bma.anticorruption.load.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.launcher.RunningPlatform;

/**
 * HTTP to the platform through its only door, the gateway, with the demo clients' tokens (client-credentials grant
 * against the authorization server, cached for two minutes). An answer the suite could not get at all (connection
 * refused while the gateway is down, a time-out) is status 0.
 */
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final RunningPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Gateway(RunningPlatform platform) {
        this.platform = platform;
    }

    /** One answer: status (0 if none came), body as text. */
    record Answer(int status, String body) {

        boolean serverError() {
            return status >= 500;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                return JSON.missingNode();
            }
        }
    }

    Answer send(String method, String path, String clientId, String contentType, byte[] body) {
        return send(method, path, clientId, contentType, body, Map.of());
    }

    Answer send(String method, String path, String clientId, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.gateway(path)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (clientId != null) {
            request.header("Authorization", "Bearer " + token(clientId));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return exchange(request.build());
    }

    Answer sendJson(String method, String path, String clientId, String json) {
        return send(method, path, clientId, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path, String clientId) {
        return send("GET", path, clientId, null, null);
    }

    Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token of a demo client (secret {@code <client-id>-secret} in the local profile). */
    String token(String clientId) {
        Token cached = tokens.get(clientId);
        if (cached != null && cached.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return cached.value();
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientId + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(platform.authServer("/oauth2/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        for (int attempt = 1; ; attempt++) {
            Answer answer = exchange(request);
            if (answer.status() == 200) {
                String value = answer.json().path("access_token").asString();
                tokens.put(clientId, new Token(value, Instant.now()));
                return value;
            }
            if (attempt == 60) {
                throw new IllegalStateException("No token for " + clientId + ": " + answer);
            }
            Pause.of(Duration.ofSeconds(1));
        }
    }

    URI uri(String path) {
        return platform.gateway(path);
    }

    private record Token(String value, Instant fetchedAt) {
    }
}
