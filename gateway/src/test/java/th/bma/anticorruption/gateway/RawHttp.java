package th.bma.anticorruption.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so the request line reaches the gateway byte for byte as written: HTTP clients
 * normalise or re-encode paths ({@code /./}, {@code %74}, backslashes), which is exactly what these tests must send.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** One answer: its status, its headers (lower-case names) and its body. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    static Answer send(int port, String method, String rawPath, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String response) {
        int headerEnd = response.indexOf("\r\n\r\n");
        String head = headerEnd < 0 ? response : response.substring(0, headerEnd);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || lines[0].split(" ").length < 2) {
            throw new IllegalStateException("Not an HTTP answer: " + response);
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, headerEnd < 0 ? "" : response.substring(headerEnd + 4));
    }
}
