package th.bma.anticorruption.load.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the local run's demo clients (client-credentials grant, secret {@code <client-id>-secret}),
 * renewed a minute before they expire.
 */
final class Tokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Token(String value, long expiresAtMillis) {
    }

    private final String issuer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Tokens(String issuer) {
        this.issuer = issuer;
    }

    String of(String clientId) {
        Token token = tokens.get(clientId);
        if (token == null || System.currentTimeMillis() > token.expiresAtMillis()) {
            token = fetch(clientId);
            tokens.put(clientId, token);
        }
        return token.value();
    }

    private Token fetch(String clientId) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientId + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token for " + clientId + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            long expiresIn = body.path("expires_in").asLong(300);
            return new Token(body.path("access_token").asString(),
                    System.currentTimeMillis() + Math.max(10, expiresIn - 60) * 1000);
        } catch (IOException e) {
            throw new IllegalStateException("token for " + clientId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
