package th.bma.anticorruption.support.observability;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * The W3C {@code traceparent} of the current span, for what leaves the thread that has the trace: an outbox document
 * stores it with its event, and whoever relays the event later puts it back on the Kafka record, so the consumer's
 * span continues the trace of the request that accepted the event instead of starting a new one.
 */
public final class TraceParent {

    /** The W3C Trace Context header, also the name of the outbox field. */
    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>} of the current span, or null outside any trace. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The trace id inside a traceparent value, or null if it is not one. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }

    /**
     * Makes the span named by {@code traceparent} the current parent until the scope closes, so what is sent inside it
     * (the binder's producer span and its header) continues that trace: an outbox relay resumes the trace of the
     * request that recorded the event. Outside a valid value, nothing changes.
     */
    public static Scope resume(String traceparent) {
        String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
        if (parts.length != 4) {
            return Scope.noop();
        }
        SpanContext remote = SpanContext.createFromRemoteParent(parts[1], parts[2],
                "01".equals(parts[3]) ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault());
        if (!remote.isValid()) {
            return Scope.noop();
        }
        return Context.root().with(Span.wrap(remote)).makeCurrent();
    }

    /** Puts {@code traceparent} on a record's headers (replacing any there); nothing when it is null. */
    public static void addTo(Headers headers, String traceparent) {
        if (traceparent != null) {
            headers.remove(HEADER);
            headers.add(HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
    }
}
