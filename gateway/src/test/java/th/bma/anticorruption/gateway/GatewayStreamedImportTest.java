package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.internal.PlatformDependent;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Traffy CSV import streams through the gateway with bounded memory: a body of hundreds of MB, generated as it
 * is sent (the test never holds it), reaches intake's stand-in byte for byte and line for line, the client gets
 * intake's answer, and the direct memory of this JVM (gateway, client and stand-in together) stays far below the
 * size of the body while it streams. A gateway that gathered the body before forwarding it (the body cache Spring
 * Cloud Gateway's retry and circuit-breaker fallback turn on for their route) needs at least the whole body in
 * direct memory; on the local run's 160 MB gateway a 1 GB backfill ran out of it.
 */
class GatewayStreamedImportTest extends GatewayTestBase {

    private static final String IMPORT = "/api/intake/traffy-fondue/import";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final byte[] HEADER = ("ticket_id,type,organization,comment,photo,photo_after,coords,address,"
            + "subdistrict,district,province,timestamp,state,star,count_reopen,last_activity\n")
            .getBytes(StandardCharsets.UTF_8);
    /** One row of the public dump; each copy gets its own ticket id (base 36 in place of "000000"). */
    private static final byte[] ROW = ("2023-000000,{ทุจริต},เขตปทุมวัน,เจ้าหน้าที่เรียกรับเงิน,,,\"100.5393,13.7466\","
            + "ถนนพระรามที่ 1,ปทุมวัน,ปทุมวัน,กรุงเทพมหานคร,2023-03-14 03:21:07.120331+00,เสร็จสิ้น,,0,"
            + "2023-03-20 09:00:00.000000+00\n").getBytes(StandardCharsets.UTF_8);
    private static final int TICKET_DIGITS_AT = "2023-".length();
    private static final int TICKET_DIGITS = 6;
    private static final int ROWS_PER_CHUNK = 256;

    /** About 320 MB: far more than the gateway may hold, small enough for two loaded cores. */
    private static final long ROWS = 320L * 1024 * 1024 / ROW.length;
    private static final long BODY_BYTES = HEADER.length + ROWS * ROW.length;
    /**
     * What gateway, client and stand-in may hold at once above the baseline: a quarter of the body. Streaming, they
     * hold about 35 MB here (the Netty allocator's chunks for the event loops); a gateway that gathers the body
     * holds all of it and more (about 750-850 MB for this body before the import route streamed).
     */
    private static final long DIRECT_MEMORY_BOUND = BODY_BYTES / 4;

    @Test
    void aCsvOfHundredsOfMegabytesStreamsToIntakeWithBoundedMemory() {
        long baseline = DirectMemory.used();
        AtomicLong peak = new AtomicLong(baseline);

        String answer = HttpClient.create()
                .responseTimeout(Duration.ofMinutes(5))
                .headers(headers -> headers
                        .set(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("traffy-adapter", "CHANNEL_ADAPTER")))
                        .set(HttpHeaders.CONTENT_TYPE, "text/csv")
                        // a declared length, as the benchmark's backfill sends the file
                        .set(HttpHeaders.CONTENT_LENGTH, String.valueOf(BODY_BYTES)))
                .post()
                .uri("http://127.0.0.1:" + port + IMPORT)
                .send(csv().doOnNext(chunk -> peak.accumulateAndGet(DirectMemory.used(), Math::max)))
                .responseSingle((response, body) -> {
                    assertThat(response.status().code()).isEqualTo(HttpStatus.OK.value());
                    return body.asString();
                })
                .block(Duration.ofMinutes(5));

        JsonNode counts = JSON.readTree(answer);
        assertThat(counts.path("path").asString()).isEqualTo(IMPORT);
        assertThat(counts.at("/headers/content-type").asString()).isEqualTo("text/csv");
        assertThat(counts.path("bytes").asLong()).isEqualTo(BODY_BYTES);
        assertThat(counts.path("lines").asLong()).isEqualTo(ROWS + 1);
        assertThat(peak.get() - baseline)
                .as("direct memory held while %d MB streamed through the gateway", BODY_BYTES >> 20)
                .isLessThan(DIRECT_MEMORY_BOUND);
    }

    @Test
    void anImportWhileIntakeIsDownGetsTheServiceUnavailableProblem() {
        String token = bearer(TOKENS.token("traffy-adapter", "CHANNEL_ADAPTER"));
        String oneRow = new String(HEADER, StandardCharsets.UTF_8) + new String(ROW, StandardCharsets.UTF_8);
        // once through, so the token is verified (and the key set fetched from intake's stand-in) before it stops
        client().post().uri(IMPORT).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(oneRow)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lines").isEqualTo(2);
        INTAKE.stop();
        try {
            client().post().uri(IMPORT).header(HttpHeaders.AUTHORIZATION, token)
                    .contentType(MediaType.parseMediaType("text/csv"))
                    .bodyValue(oneRow)
                    .exchange()
                    .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                    .expectBody().jsonPath("$.service").isEqualTo("intake-import")
                    .jsonPath("$.instance").isEqualTo(IMPORT);
        } finally {
            INTAKE.start();
        }
    }

    /** The header and {@link #ROWS} rows, generated chunk by chunk as the connection asks for them. */
    private static Flux<ByteBuf> csv() {
        return Flux.concat(Flux.just(HEADER).map(Unpooled::wrappedBuffer), Flux.<ByteBuf, Long>generate(() -> 0L,
                (written, sink) -> {
                    int rows = (int) Math.min(ROWS_PER_CHUNK, ROWS - written);
                    byte[] chunk = new byte[rows * ROW.length];
                    for (int row = 0; row < rows; row++) {
                        int at = row * ROW.length;
                        System.arraycopy(ROW, 0, chunk, at, ROW.length);
                        long ticket = written + row;
                        for (int digit = TICKET_DIGITS - 1; digit >= 0; digit--, ticket /= 36) {
                            chunk[at + TICKET_DIGITS_AT + digit] =
                                    (byte) Character.toUpperCase(Character.forDigit((int) (ticket % 36), 36));
                        }
                    }
                    sink.next(Unpooled.wrappedBuffer(chunk));
                    if (written + rows == ROWS) {
                        sink.complete();
                    }
                    return written + rows;
                }));
    }

    /**
     * Direct memory in use in this JVM: the JDK's direct buffers (where Netty's allocators take their memory on this
     * JVM) plus what Netty allocated outside them, when it can.
     */
    static final class DirectMemory {

        private static final List<BufferPoolMXBean> POOLS =
                ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                        .filter(pool -> pool.getName().equals("direct")).toList();

        static long used() {
            long jdk = POOLS.stream().mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
            return jdk + Math.max(0, PlatformDependent.usedDirectMemory());
        }

        private DirectMemory() {
        }
    }
}
