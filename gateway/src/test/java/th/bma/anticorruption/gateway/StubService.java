package th.bma.anticorruption.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one platform service on a random local port: it echoes each request (method, path, headers, body
 * length) as JSON, serves the real service's OpenAPI document as recorded in {@code service-api-docs/<name>.json},
 * answers 503 on {@code /flaky} and only after 6 s on {@code /slow}, and can be stopped and started again on the
 * same port. The CSV import ({@code /import}) is answered as intake answers it: the body is read as it streams in,
 * never held (bytes and lines counted chunk by chunk), and the echo carries the counts after the last byte.
 */
final class StubService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final String jwkSet;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile DisposableServer server;
    private int port;

    StubService(String name, String jwkSet) {
        this.name = name;
        this.jwkSet = jwkSet;
        start();
    }

    synchronized void start() {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .option(ChannelOption.SO_REUSEADDR, true)
                // stop() closes the gateway's kept-alive connections too: a stopped service answers nothing
                .channelGroup(new DefaultChannelGroup(GlobalEventExecutor.INSTANCE))
                .handle(this::answer)
                .bindNow();
        port = server.port();
    }

    synchronized void stop() {
        server.disposeNow();
    }

    String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** "METHOD path" of every request that reached this service. */
    List<String> received() {
        return received;
    }

    private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
        String path = request.fullPath();
        received.add(request.method().name() + " " + path);
        if (path.equals("/oauth2/jwks")) {
            return json(response, 200, jwkSet);
        }
        if (path.equals("/v3/api-docs")) {
            return json(response, 200, apiDocs());
        }
        if (path.endsWith("/flaky")) {
            return json(response, 503, "{\"status\":503}");
        }
        if (path.endsWith("/slow")) {
            return Mono.delay(java.time.Duration.ofSeconds(6)).then(json(response, 200, "{}"));
        }
        if (path.endsWith("/import")) {
            return countStreamed(request, response, path);
        }
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            Map<String, Object> echo = echo(request, path);
            echo.put("bodyLength", body.length());
            return json(response, 200, JSON.writeValueAsString(echo));
        });
    }

    private Mono<Void> countStreamed(HttpServerRequest request, HttpServerResponse response, String path) {
        long[] bytesAndLines = new long[2];
        return request.receive()
                .doOnNext(chunk -> {
                    bytesAndLines[0] += chunk.readableBytes();
                    bytesAndLines[1] += countLines(chunk);
                })
                .then(Mono.defer(() -> {
                    Map<String, Object> echo = echo(request, path);
                    echo.put("bytes", bytesAndLines[0]);
                    echo.put("lines", bytesAndLines[1]);
                    return json(response, 200, JSON.writeValueAsString(echo));
                }));
    }

    private Map<String, Object> echo(HttpServerRequest request, String path) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", name);
        echo.put("method", request.method().name());
        echo.put("path", path);
        Map<String, String> headers = new LinkedHashMap<>();
        request.requestHeaders().forEach(h -> headers.merge(h.getKey().toLowerCase(), h.getValue(),
                (a, b) -> a + "," + b));
        echo.put("headers", headers);
        return echo;
    }

    private static long countLines(ByteBuf chunk) {
        long lines = 0;
        for (int i = chunk.readerIndex(), end = chunk.writerIndex(); i < end; i++) {
            if (chunk.getByte(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private String apiDocs() {
        try (InputStream recorded = StubService.class.getResourceAsStream("/service-api-docs/" + name + ".json")) {
            return new String(recorded.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mono<Void> json(HttpServerResponse response, int status, String body) {
        return response.status(status).header("Content-Type", "application/json")
                .header("Cache-Control", "max-age=3600").sendString(Mono.just(body)).then();
    }
}
