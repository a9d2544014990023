package th.bma.anticorruption.gateway.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * One spelling per path. Spring Security's {@link StrictServerWebExchangeFirewall}, with its defaults, refuses the
 * spellings that change a path's meaning between the raw and the decoded form: {@code ;} (matrix parameters),
 * {@code //}, backslashes, {@code .} and {@code ..} segments, encoded slashes, dots and percents, NUL, CR and LF,
 * and methods other than GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS. It lets through what the gateway's own filters
 * saw differently from routing and security: percent-encoded letters and digits ({@code /api/public/%74rack} reached
 * public tracking without its limit). This firewall first refuses, on the raw path:
 * <ul>
 * <li>any percent-encoded ASCII character: RFC 3986 spells unreserved characters as themselves, and no platform path
 * holds a reserved one; only non-ASCII text (Thai in a path segment) is percent-encoded, as valid UTF-8;</li>
 * <li>a trailing slash under {@code /api/}: no API path ends with one, and the gateway's routes would match it;</li>
 * <li>ISO control characters however encoded;</li>
 * </ul>
 * then hands the request to the strict firewall. A refusal is a {@link ServerExchangeRejectedException};
 * {@link RejectedRequestProblems} answers it with 400 problem+json.
 */
public final class RequestFirewall implements ServerWebExchangeFirewall {

    private final StrictServerWebExchangeFirewall strict = new StrictServerWebExchangeFirewall();

    @Override
    public Mono<ServerWebExchange> getFirewalledExchange(ServerWebExchange exchange) {
        return Mono.fromRunnable(() -> check(exchange.getRequest()))
                .then(Mono.defer(() -> strict.getFirewalledExchange(exchange)));
    }

    static void check(ServerHttpRequest request) {
        String raw = request.getURI().getRawPath();
        checkSpelling(raw == null ? "" : raw);
        checkSpelling(request.getPath().value());
    }

    private static void checkSpelling(String rawPath) {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                int octet = i + 2 < rawPath.length() ? hexOctet(rawPath.charAt(i + 1), rawPath.charAt(i + 2)) : -1;
                if (octet < 0) {
                    throw new PathRefused(PathRule.MALFORMED_ESCAPE);
                }
                if (octet < 0x80) {
                    throw new PathRefused(PathRule.ENCODED_ASCII);
                }
                decoded.write(octet);
                i += 2;
            } else if (c < 0x80) {
                decoded.write(c);
            } else {
                throw new PathRefused(PathRule.MALFORMED_ESCAPE); // a raw non-ASCII character: never sent by a client
            }
        }
        String path = utf8(decoded.toByteArray());
        if (path.codePoints().anyMatch(Character::isISOControl)) {
            throw new PathRefused(PathRule.CONTROL_CHARACTER);
        }
        if (path.startsWith("/api/") && path.endsWith("/")) {
            throw new PathRefused(PathRule.TRAILING_SLASH);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PathRefused(PathRule.MALFORMED_ESCAPE);
        }
    }

    private static int hexOctet(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    /** The spelling rules this firewall adds, each named in the problem answer. */
    enum PathRule {
        ENCODED_ASCII("The path has a percent-encoded ASCII character; send letters, digits and punctuation as "
                + "themselves (percent-encoding is only for non-ASCII text)."),
        MALFORMED_ESCAPE("The path has a percent-escape that is not valid UTF-8, or an unencoded non-ASCII "
                + "character."),
        CONTROL_CHARACTER("The path has a control character."),
        TRAILING_SLASH("The path ends with a slash; no API path does.");

        final String detail;

        PathRule(String detail) {
            this.detail = detail;
        }
    }

    /** A path refused by one of this firewall's own rules. */
    static final class PathRefused extends ServerExchangeRejectedException {

        private static final long serialVersionUID = 1L;

        final transient PathRule rule;

        PathRefused(PathRule rule) {
            super(rule.detail);
            this.rule = rule;
        }
    }
}
