package th.bma.anticorruption.gateway.limits;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.web.ClientPath;
import th.bma.anticorruption.gateway.web.Problems;

/**
 * 413 for request bodies above the limit (a complainant's reply with attachments has its own, larger one): by the
 * declared length before anything is read, and for bodies of unknown length (chunked) by reading at most the limit
 * before forwarding. Besides refusing what no service accepts, the limit bounds what the gateway holds per request: the
 * retry and circuit-breaker fallback of every other route keep the whole body in memory to replay it.
 * <p>
 * The Traffy CSV import is exempt: it is a whole Traffy export (about 1 GB for the public history), which intake reads
 * row by row as it streams in. Its route has neither a retry nor a body cache for its fallback
 * ({@code ServiceRoutes#streamedImport}), so the body passes through the gateway as it arrives, with backpressure,
 * and the gateway holds only what is in flight however large the file. The path is read as routing reads it
 * ({@link ClientPath#normalised}): no other spelling of a path is taken for the import's.
 */
public class BodySizeLimit implements WebFilter, Ordered {

    public static final String STREAMED_IMPORT_PATH = "/api/intake/traffy-fondue/import";

    /** A complainant's reply may carry photos and PDFs: its own, larger limit. */
    public static final String PUBLIC_MESSAGES_PATH = "/api/public/messages";

    private final long maxBytes;
    private final long maxMessageBytes;

    public BodySizeLimit(long maxBytes, long maxMessageBytes) {
        this.maxBytes = maxBytes;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public int getOrder() {
        return 10; // after authentication and rate limits
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = ClientPath.normalised(exchange);
        // the import streams (see above): never gathered here, and never cached by its route
        if (!path.startsWith("/api/") || STREAMED_IMPORT_PATH.equals(path)) {
            return chain.filter(exchange);
        }
        long limit = PUBLIC_MESSAGES_PATH.equals(path) ? maxMessageBytes : maxBytes;
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0 || !hasBody(request)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(limit, Integer.MAX_VALUE))
                .flatMap(body -> chain.filter(exchange.mutate().request(replaying(request, body)).build()))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, limit));
    }

    private static boolean hasBody(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    private static ServerHttpRequest replaying(ServerHttpRequest request, DataBuffer body) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.readableByteCount());
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Payload too large",
                "The request body is larger than " + limit / 1024 + " KB.");
    }
}
