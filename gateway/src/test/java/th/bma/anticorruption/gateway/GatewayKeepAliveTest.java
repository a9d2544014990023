package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A browser keeps its connection to the gateway open and sends the next request on it, sometimes before the gateway
 * has finished with the previous one. Every request on one kept-alive connection is answered: a proxied call (answered
 * later, by a service), a refusal the gateway writes itself at once, a health probe. Reactor Netty before 1.3.8 (the
 * root pom pins it) could stop reading such a connection after a refusal: the page waited for an answer that never
 * came.
 */
class GatewayKeepAliveTest extends GatewayTestBase {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");
    private static final int READ_TIMEOUT_MS = 10_000;

    @Test
    void everyRequestSentAheadOnOneConnectionIsAnswered() throws IOException {
        String token = TOKENS.token("director", "DIRECTOR");
        String proxied = request("/api/cases", token);
        String refusedAtOnce = request("/api/cases", null);
        String probe = request("/actuator/health/readiness", null);

        assertThat(statuses(proxied + refusedAtOnce + probe + proxied, 4)).containsExactly(200, 401, 200, 200);
    }

    @Test
    void aConnectionServesOneRequestAfterAnotherAsABrowserSendsThem() throws IOException {
        String token = TOKENS.token("director", "DIRECTOR");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            List<Integer> seen = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String request : List.of(request("/api/cases", token), request("/api/cases", null),
                        request("/actuator/health/readiness", null))) {
                    List<Integer> answered = exchange(socket, request, 1);
                    assertThat(answered).as("request %d on the connection, after %s: %s", seen.size() + 1, seen,
                            request.lines().findFirst().orElseThrow()).hasSize(1);
                    seen.addAll(answered);
                }
            }
            assertThat(seen).containsExactlyElementsOf(
                    java.util.Collections.nCopies(10, List.of(200, 401, 200)).stream().flatMap(List::stream).toList());
        }
    }

    private List<Integer> statuses(String pipelined, int expected) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            return exchange(socket, pipelined, expected);
        }
    }

    /** Sends the bytes, then reads until {@code expected} complete answers have come (or the read times out). */
    private static List<Integer> exchange(Socket socket, String requests, int expected) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(requests.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        List<Integer> statuses = new ArrayList<>();
        byte[] buffer = new byte[8192];
        try {
            while (statuses.size() < expected) {
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                received.write(buffer, 0, read);
                statuses = completeAnswers(received.toString(StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException stalled) {
            // the answers so far are returned: the assertion names what is missing
        }
        return statuses;
    }

    /** The status codes of the complete answers in the bytes so far (each with its Content-Length body). */
    private static List<Integer> completeAnswers(String text) {
        List<Integer> statuses = new ArrayList<>();
        int at = 0;
        while (true) {
            int headersEnd = text.indexOf("\r\n\r\n", at);
            if (headersEnd < 0) {
                return statuses;
            }
            String head = text.substring(at, headersEnd);
            Matcher status = STATUS_LINE.matcher(head);
            Matcher length = CONTENT_LENGTH.matcher(head);
            if (!status.find() || !length.find()) {
                throw new AssertionError("an answer without a status line or Content-Length: " + head);
            }
            int end = headersEnd + 4 + Integer.parseInt(length.group(1));
            if (end > text.length()) {
                return statuses;
            }
            statuses.add(Integer.parseInt(status.group(1)));
            at = end;
        }
    }

    private static String request(String path, String token) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
    }
}
