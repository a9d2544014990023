/**
 * The outbox, written once for every service: records are stored with the events that announce them, the events are
 * sent, and they are marked sent only once the broker acknowledged them; what a failed send or a crash left unmarked
 * is relayed later with the same event ids and the trace of the request that stored it. Batch-aware throughout: a
 * batch of records costs one store, one send of all its events awaited once, and one mark.
 * <p>
 * Each service keeps its records in its own collection behind {@link th.bma.anticorruption.support.outbox.OutboxStore};
 * {@link th.bma.anticorruption.support.outbox.Outbox} runs the pattern, {@link th.bma.anticorruption.support.outbox.KafkaOutboxSender}
 * sends through the service's one batch producer ({@link th.bma.anticorruption.support.messaging.EventBatchPublisher},
 * the Stream binder's settings, security included) and {@link th.bma.anticorruption.support.outbox.OutboxRelay}
 * relays every outbox of the service on its own thread, as {@code platform.outbox.*}
 * ({@link th.bma.anticorruption.support.outbox.OutboxProperties}) says. A store that would otherwise search its records
 * for unsent events keeps a marker per record holding any ({@link th.bma.anticorruption.support.outbox.PendingMarkers}),
 * so a relay pass costs what is unsent.
 */
package th.bma.anticorruption.support.outbox;
