package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import th.bma.anticorruption.gateway.limits.ApiResponseHeaders;

/**
 * One spelling per path, through the running gateway and on the wire (a plain socket, so no client normalises the
 * path): every limited route is tried with its path spelt some other way (percent-encoded letters, double and
 * trailing slashes, dot segments plain and encoded, matrix parameters, encoded slashes and backslashes, a double
 * encoding, an overlong UTF-8 letter, upper case). Each other spelling is refused with a 4xx before it reaches any
 * service (400 problem+json naming the rule, or 401 where the spelling names no route at all) and without using the
 * quota; then the route's own spelling gets exactly its quota and 429. So the limit holds whatever the spelling.
 */
@DisabledIfSystemProperty(named = "platform.infra", matches = "testcontainers",
        disabledReason = "needs no Kafka or MongoDB: runs in the embedded pass only")
@SmallLimits
class GatewayPathSpellingTest extends GatewayTestBase {

    private static final int CLIENT_QUOTA = 5;
    private static final int TRACKING_QUOTA = 3;
    private static final int ANONYMOUS_QUOTA = 8;

    /** A limited route: how it is called, who calls it (a token, or none and an address), and its quota. */
    record Route(String name, String method, String path, String role, String body, int quota, StubService service) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> limitedRoutes() {
        return Stream.of(
                new Route("public tracking", "POST", "/api/public/track", null,
                        "{\"trackingCode\":\"BKK-7Q2M-9XK4\"}", TRACKING_QUOTA, CASES),
                new Route("channel push", "POST", "/api/intake/traffy-fondue", "CHANNEL_ADAPTER", "{}",
                        CLIENT_QUOTA, INTAKE),
                new Route("CSV import (no body limit)", "POST", "/api/intake/traffy-fondue/import", "CHANNEL_ADAPTER",
                        "{}", CLIENT_QUOTA, INTAKE),
                new Route("officer intake", "POST", "/api/intake/complaints", "INTAKE_OFFICER", "{}", CLIENT_QUOTA,
                        INTAKE),
                new Route("routing rules", "GET", "/api/routing/rules", "DIRECTOR", null, CLIENT_QUOTA, ROUTING),
                new Route("case list", "GET", "/api/cases", "INVESTIGATOR", null, CLIENT_QUOTA, CASES),
                new Route("statistics", "GET", "/api/statistics/monthly/2023-02", "DASHBOARD", null, CLIENT_QUOTA,
                        STATISTICS),
                new Route("dashboard page (anonymous)", "GET", "/dashboard/", null, null, ANONYMOUS_QUOTA, null))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitedRoutes")
    void everyOtherSpellingIsRefusedAndTheRoutesLimitHolds(Route route) {
        String caller = route.name().replaceAll("\\W+", "-");
        Map<String, String> headers = new LinkedHashMap<>();
        if (route.role() != null) {
            headers.put("Authorization", bearer(TOKENS.token("spelling-" + caller, route.role())));
        } else {
            headers.put("X-Forwarded-For", "198.51.100." + (Math.abs(caller.hashCode()) % 200 + 1));
        }
        int reachedBefore = reached(route);

        for (String spelling : otherSpellings(route.path())) {
            RawHttp.Answer answer = send(route, spelling, headers);
            assertThat(answer.status()).as(spelling).isBetween(400, 499).isNotEqualTo(429);
            if (answer.status() == 400 && !notAUri(spelling)) {
                assertThat(answer.headers().get("content-type")).as(spelling).startsWith("application/problem+json");
                assertThat(answer.body()).as(spelling).contains("\"status\":400");
                assertThat(answer.headers().get("content-security-policy")).as(spelling)
                        .isEqualTo(ApiResponseHeaders.API_POLICY);
            }
        }
        assertThat(reached(route)).as("no other spelling reached the service").isEqualTo(reachedBefore);

        for (int call = 1; call <= route.quota(); call++) {
            assertThat(RawHttp.send(port, route.method(), route.path(), headers, route.body()).status())
                    .as("call %d of the quota", call).isEqualTo(200);
        }
        RawHttp.Answer over = send(route, route.path(), headers);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.headers()).containsKey("retry-after");
        for (String spelling : otherSpellings(route.path())) {
            assertThat(send(route, spelling, headers).status()).as("%s after the quota", spelling)
                    .isBetween(400, 499);
        }
        assertThat(reached(route)).isEqualTo(reachedBefore + (route.service() == null ? 0 : route.quota()));
    }

    /**
     * Other spellings, and the call over the quota, go without a body: a refusal answers before the body is read, and
     * closing a connection with unread bytes resets it. A spelling let through would reach the service all the same,
     * and be counted there.
     */
    private RawHttp.Answer send(Route route, String spelling, Map<String, String> headers) {
        return RawHttp.send(port, route.method(), spelling, headers, null);
    }

    /** Requests the route's service received, other than the gateway's own fetch of the key set. */
    private static int reached(Route route) {
        return route.service() == null ? 0 : (int) route.service().received().stream()
                .filter(request -> !request.endsWith("/oauth2/jwks")).count();
    }

    /**
     * A raw backslash makes the request line no URI at all: the HTTP server answers a bare 400 before any of the
     * gateway's filters or its problem answers run.
     */
    private static boolean notAUri(String spelling) {
        return spelling.contains("\\");
    }

    /** The path spelt every other way a client might try. */
    static List<String> otherSpellings(String path) {
        boolean trailing = path.endsWith("/");
        List<String> segments = List.of(path.substring(1, trailing ? path.length() - 1 : path.length()).split("/"));
        String first = segments.get(0);
        String last = segments.get(segments.size() - 1);
        String end = trailing ? "/" : "";
        List<String> spellings = new ArrayList<>();
        spellings.add(join(segments.subList(0, segments.size() - 1), encodeFirstLetter(last)) + end);
        spellings.add("/" + encodeFirstLetter(first) + path.substring(first.length() + 1));
        spellings.add(join(segments.subList(0, segments.size() - 1), encodeAll(last).toLowerCase()) + end);
        spellings.add("/" + first + "/" + path.substring(first.length() + 1));
        spellings.add("/" + path);
        spellings.add(path + "/");
        spellings.add(join(segments.subList(0, segments.size() - 1), ".", last) + end);
        spellings.add(join(segments.subList(0, segments.size() - 1), "x", "..", last) + end);
        spellings.add(join(segments.subList(0, segments.size() - 1), "%2e", last) + end);
        spellings.add(join(segments.subList(0, segments.size() - 1), "x", "%2E%2E", last) + end);
        spellings.add(path + ";jsessionid=0123");
        spellings.add("/" + first + ";x=1" + path.substring(first.length() + 1));
        spellings.add(segments.size() > 1 ? path.replaceFirst("/(?=[^/]+/?$)", "%2F") : path + "%2F");
        spellings.add(segments.size() > 1 ? path.replaceFirst("/(?=[^/]+/?$)", "\\\\") : path + "\\");
        spellings.add(segments.size() > 1 ? path.replaceFirst("/(?=[^/]+/?$)", "%5C") : path + "%5c");
        spellings.add(join(segments.subList(0, segments.size() - 1), "%25" + hex(last.charAt(0)) + last.substring(1))
                + end);
        spellings.add(join(segments.subList(0, segments.size() - 1), overlong(last.charAt(0)) + last.substring(1))
                + end);
        spellings.add(path.toUpperCase());
        return spellings;
    }

    private static String join(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return "/" + String.join("/", all);
    }

    private static String encodeFirstLetter(String segment) {
        return "%" + hex(segment.charAt(0)) + segment.substring(1);
    }

    private static String encodeAll(String segment) {
        StringBuilder encoded = new StringBuilder();
        segment.chars().forEach(c -> encoded.append('%').append(hex((char) c)));
        return encoded.toString();
    }

    private static String hex(char c) {
        return String.format("%02X", (int) c);
    }

    /** The two-byte overlong UTF-8 form of an ASCII character, which lenient decoders read as the character. */
    private static String overlong(char c) {
        return String.format("%%%02X%%%02X", 0xC0 | (c >> 6), 0x80 | (c & 0x3F));
    }
}
