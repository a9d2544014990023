package th.bma.anticorruption.load.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import th.bma.anticorruption.load.generator.IntakeRequest;

/**
 * Sends channel records to intake through the gateway and books every answer in the scenario's {@link Ledger};
 * sends again what was not acknowledged, as a channel adapter would after a failure.
 */
final class Submissions {

    private static final Duration RESEND_FOR = Duration.ofMinutes(4);

    private final Gateway gateway;
    private final Ledger ledger;

    Submissions(Gateway gateway, Ledger ledger) {
        this.gateway = gateway;
        this.ledger = ledger;
    }

    Ledger ledger() {
        return ledger;
    }

    static Ledger.Entry entryOf(IntakeRequest request) {
        return new Ledger.Entry(request.channel() + ":" + request.channelRecordId(), request.channel(),
                request.endpoint().method(), request.endpoint().path(), request.endpoint().clientId(), request.body());
    }

    Gateway.Answer submit(IntakeRequest request) {
        return submit(entryOf(request));
    }

    Gateway.Answer submit(Ledger.Entry entry) {
        Gateway.Answer answer = gateway.send(entry.method, entry.path, entry.clientId, "application/json",
                entry.body.getBytes(StandardCharsets.UTF_8), entry.headers);
        ledger.note(entry, answer);
        return answer;
    }

    /**
     * Sends every record not yet acknowledged again, a few at a time, until each is acknowledged or refused (or
     * {@link #RESEND_FOR} has passed); returns how many requests that took.
     */
    int resendUnacknowledged() {
        int resent = 0;
        Instant deadline = Instant.now().plus(RESEND_FOR);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Ledger.Entry> open = ledger.unsettled();
            while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
                List<Future<?>> sends = open.stream().map(entry -> senders.submit(() -> submit(entry))).<Future<?>>map(f -> f).toList();
                for (Future<?> send : sends) {
                    send.get();
                }
                resent += open.size();
                open = ledger.unsettled();
                if (!open.isEmpty()) {
                    Pause.of(Duration.ofSeconds(2));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Resending failed", e);
        } finally {
            senders.shutdownNow();
        }
        return resent;
    }
}
