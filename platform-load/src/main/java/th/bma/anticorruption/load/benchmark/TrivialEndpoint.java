package th.bma.anticorruption.load.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP floor: a JDK {@code HttpServer} in its own JVM that reads a POSTed body and answers 202 with a small JSON
 * body, as intake answers. Run as {@code TrivialEndpoint <port>}; the benchmark loads it with the same loop, the same
 * connections and the same bodies as the gateway.
 */
public final class TrivialEndpoint {

    private static final byte[] ANSWER = "{\"complaintId\":\"00000000-0000-0000-0000-000000000000\",\"trackingCode\":\"X\"}"
            .getBytes(StandardCharsets.UTF_8);

    private TrivialEndpoint() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, ANSWER.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ANSWER);
            }
        });
        server.start();
    }
}
