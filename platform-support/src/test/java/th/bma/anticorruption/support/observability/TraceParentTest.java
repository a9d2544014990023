package th.bma.anticorruption.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

class TraceParentTest {

    @Test
    void isTheW3cHeaderOfTheCurrentSpan() {
        try (SdkTracerProvider provider = SdkTracerProvider.builder().build()) {
            Span span = provider.get("test").spanBuilder("accept complaint").startSpan();
            try (Scope scope = span.makeCurrent()) {
                String traceparent = TraceParent.current();

                assertThat(traceparent).isEqualTo("00-" + span.getSpanContext().getTraceId() + "-"
                        + span.getSpanContext().getSpanId() + "-01");
                assertThat(TraceParent.traceIdOf(traceparent)).isEqualTo(span.getSpanContext().getTraceId());
            } finally {
                span.end();
            }
        }
    }

    @Test
    void resumesAStoredTraceparentAsTheCurrentParentAndNothingElse() {
        String stored = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        try (Scope scope = TraceParent.resume(stored)) {
            assertThat(TraceParent.current()).isEqualTo(stored);
        }
        assertThat(TraceParent.current()).isNull();
        try (Scope scope = TraceParent.resume("00-not-a-trace-01")) {
            assertThat(TraceParent.current()).isNull();
        }
        try (Scope scope = TraceParent.resume(null)) {
            assertThat(TraceParent.current()).isNull();
        }
    }

    @Test
    void isNullOutsideAnyTrace() {
        assertThat(TraceParent.current()).isNull();
        assertThat(TraceParent.traceIdOf(null)).isNull();
        assertThat(TraceParent.traceIdOf("not-a-traceparent")).isNull();
    }

    @Test
    void replacesTheHeaderOnARecord() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TraceParent.HEADER, "00-old".getBytes(StandardCharsets.UTF_8));

        TraceParent.addTo(headers, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        TraceParent.addTo(headers, null);

        assertThat(headers.headers(TraceParent.HEADER)).hasSize(1);
        assertThat(new String(headers.lastHeader(TraceParent.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }
}
