package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bson.Document;
import org.bson.types.Binary;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.identity.ComplainantIdentity;
import th.bma.anticorruption.intake.identity.IdentityVault;
import th.bma.anticorruption.intake.identity.SealedParticulars;
import th.bma.anticorruption.intake.screening.CorruptionScreening;
import th.bma.anticorruption.intake.screening.ScreeningVerdict;
import th.bma.anticorruption.intake.tracking.TrackingCodes;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.privacy.FreeTextMasker;
import th.bma.anticorruption.support.sealing.SealedFields;

/**
 * Takes validated channel records in: screens Traffy tickets and 1555 calls, seals the complainant's particulars,
 * masks the text, stores the complaint durably with its event and a sealed tracking code, publishes
 * {@code ComplaintReceived} (with the screening's doubt when only the learned signal took it in), and answers. The
 * complaint id is derived from channel + record id, so every push of one record - concurrent or a month later - lands
 * on the same document and gets the same answer.
 * <p>
 * A request's record is screened, masked, serialised and sealed on the request's own thread ({@link #take}); it is
 * then stored and published with the others waiting at that moment, as one batch ({@link #commit}: one insert per
 * collection, all events sent and awaited once), and the request is answered only once its batch is stored and
 * acknowledged by the broker. A CSV import takes the same two steps per batch of rows ({@link #prepareAll},
 * {@link #storeAll}).
 */
public class ComplaintIntake {

    private static final String TRACKING_CODE = SealedFields.TRACKING_CODES.field();

    /** The outboxes a batch is stored and published through: complaints, and screened-out records (by key). */
    public record Outboxes(Outbox<Document> complaints, Outbox<ScreenedOutTallies.Screened> screenedOut) {
    }

    private final CorruptionScreening screening;
    private final IdentityVault vault;
    private final TrackingCodes trackingCodes;
    private final OutboxDocuments documents;
    private final Outboxes outboxes;
    private final IntakeMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;
    private GroupCommit<Taken, IntakeReceipt> requests;
    private Duration answerWithin = Duration.ofSeconds(60);

    public ComplaintIntake(CorruptionScreening screening, IdentityVault vault, TrackingCodes trackingCodes,
            OutboxDocuments documents, Outboxes outboxes, IntakeMetrics metrics, JsonMapper json, Clock clock) {
        this.screening = screening;
        this.vault = vault;
        this.trackingCodes = trackingCodes;
        this.documents = documents;
        this.outboxes = outboxes;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Commits requests in groups ({@link GroupCommit}); a request not answered within {@code answerWithin} is
     * answered 503. Without it, each request is committed alone.
     */
    public void commitInGroups(GroupCommit.Settings settings, Duration answerWithin) {
        this.requests = new GroupCommit<>("intake", this::commitOrFail, settings);
        this.answerWithin = answerWithin;
    }

    /** How many requests wait for their batch now. */
    public int waitingRequests() {
        return requests == null ? 0 : requests.waiting();
    }

    /** Stops taking requests; those still waiting are answered 503. */
    public void close() {
        if (requests != null) {
            requests.close();
        }
    }

    /** The complaint id of a channel record: the same record always gets the same id. */
    public static String complaintIdOf(Channel channel, String channelRecordId) {
        return UUID.nameUUIDFromBytes(("complaint:" + channel.name() + ":" + channelRecordId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Takes one request's record: answered at once if the complaint is already stored, otherwise once its batch is
     * stored and acknowledged; {@link IntakeUnavailableException} if the batch failed.
     */
    public IntakeReceipt receive(IncomingComplaint complaint) {
        ScreeningVerdict verdict = screen(complaint);
        if (verdict.inScope()) {
            Optional<IntakeReceipt> earlier = earlierReceipt(complaintIdOf(complaint.channel(), complaint.channelRecordId()));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Taken taken = take(complaint, verdict, false);
        if (requests == null) {
            return commitOrFail(List.of(taken)).get(0);
        }
        try {
            return requests.submit(taken).get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IntakeUnavailableException unavailable) {
                throw unavailable;
            }
            throw unavailable(e.getCause().getClass().getSimpleName());
        } catch (TimeoutException e) {
            throw unavailable("not stored within " + answerWithin.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    /**
     * Takes many records at once (a CSV import): screened one by one; the complaints sealed, stored and published
     * in one round trip each; the screened-out records kept by key only and published as per-month tallies
     * ({@link ScreenedOutTallies}). Returns one receipt per record, in order.
     */
    public List<IntakeReceipt> receiveAll(List<IncomingComplaint> complaints) {
        return storeAll(prepareAll(complaints));
    }

    /**
     * The CPU half of {@link #receiveAll}: screens, masks, serialises and seals, touching neither MongoDB nor Kafka,
     * so an import can prepare the next batch while the previous one is being stored.
     */
    public PreparedBatch prepareAll(List<IncomingComplaint> complaints) {
        List<Taken> taken = new ArrayList<>(complaints.size());
        for (IncomingComplaint complaint : complaints) {
            taken.add(take(complaint, screen(complaint), true));
        }
        return new PreparedBatch(taken);
    }

    /**
     * The I/O half of {@link #receiveAll}: stores and publishes a prepared batch; one receipt per record, in order.
     * Events the broker did not acknowledge are stored and wait for the relay: the import goes on.
     */
    public List<IntakeReceipt> storeAll(PreparedBatch batch) {
        return commit(batch.taken).receipts();
    }

    /** Records screened and ready to store: what {@link #prepareAll} hands to {@link #storeAll}. */
    public static final class PreparedBatch {

        private final List<Taken> taken;

        private PreparedBatch(List<Taken> taken) {
            this.taken = List.copyOf(taken);
        }
    }

    /**
     * A record ready for its batch: in scope, its complaint document (event and sealed tracking code included) and
     * its sealed particulars; screened out, its key and month, with its own event (a webhook's or a call's) or
     * without (an import's, counted in tallies).
     */
    record Taken(IncomingComplaint complaint, ScreeningVerdict verdict, String complaintId, String trackingCode,
            Document record, Document sealed, ScreenedOutTallies.Screened screened) {

        String channelKey() {
            return complaint.channelKey();
        }
    }

    /** A batch's receipts, and whether the broker acknowledged every event it stored. */
    record Committed(List<IntakeReceipt> receipts, boolean acknowledged) {
    }

    private Taken take(IncomingComplaint complaint, ScreeningVerdict verdict, boolean tallyScreenedOut) {
        if (!verdict.inScope()) {
            if (tallyScreenedOut) {
                return new Taken(complaint, verdict, null, null, null, null, ScreenedOutTallies.Screened.of(complaint));
            }
            ComplaintScreenedOut event = new ComplaintScreenedOut(UUID.randomUUID(), clock.instant(),
                    complaint.channelKey(), ComplaintScreenedOut.SCHEMA_VERSION, complaint.channel(),
                    complaint.channelRecordId(), complaint.receivedAt(), verdict.reason(), ScreenedOutCategory.of(complaint));
            return new Taken(complaint, verdict, null, null, null, null, ScreenedOutTallies.Screened.announced(complaint,
                    OutboxEvent.of(Topics.COMPLAINTS_SCREENED_OUT, event, json)));
        }
        String complaintId = complaintIdOf(complaint.channel(), complaint.channelRecordId());
        String code = trackingCodes.newCode();
        ComplaintSummary summary = new ComplaintSummary(complaint.channel(), complaint.channelRecordId(),
                complaint.receivedAt(), complaint.district(), complaint.categories(), complaint.organisation(),
                FreeTextMasker.mask(complaint.description(), ComplainantIdentity.knownOf(complaint.complainant())),
                complaint.location(), complaint.accused(), trackingCodes.hash(code));
        ComplaintReceived event = new ComplaintReceived(UUID.randomUUID(), clock.instant(), complaintId,
                ComplaintReceived.SCHEMA_VERSION, summary, ScreeningDoubts.of(verdict));
        Document record = documents.newDocument(complaintId, complaint.channel().name(), complaint.channelRecordId(),
                OutboxEvent.of(Topics.COMPLAINTS_RECEIVED, event, json))
                .append(TRACKING_CODE, new Binary(trackingCodes.seal(code, complaintId)));
        Document sealed = vault.sealedOf(complaintId, SealedParticulars.of(complaint.complainant(), complaint.description()));
        return new Taken(complaint, verdict, complaintId, code, record, sealed, null);
    }

    private List<IntakeReceipt> commitOrFail(List<Taken> batch) {
        Committed committed;
        try {
            committed = commit(batch);
        } catch (RuntimeException e) {
            throw unavailable("the store failed (" + e.getClass().getSimpleName() + ")");
        }
        if (!committed.acknowledged()) {
            throw unavailable("the broker did not acknowledge the batch's events");
        }
        return committed.receipts();
    }

    /**
     * Stores and publishes a batch: the particulars sealed, the complaints in one insert and the screened-out records'
     * keys in one document, each with its events sent and awaited once. A record pushed twice within the batch is stored once and both get the first one's
     * answer (the second as a re-push).
     */
    Committed commit(List<Taken> batch) {
        IntakeReceipt[] receipts = new IntakeReceipt[batch.size()];
        int[] firstOf = new int[batch.size()];
        Arrays.fill(firstOf, -1);
        Map<String, Integer> firsts = new HashMap<>();
        Part complaints = new Part();
        List<ScreenedOutTallies.Screened> screenedOut = new ArrayList<>();
        List<Integer> screenedOutAt = new ArrayList<>();
        List<Document> sealed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Taken taken = batch.get(i);
            Integer first = firsts.putIfAbsent(taken.channelKey(), i);
            if (first != null) {
                firstOf[i] = first;
            } else if (taken.screened() != null) {
                screenedOut.add(taken.screened());
                screenedOutAt.add(i);
            } else {
                complaints.add(i, taken.record());
                sealed.add(taken.sealed());
            }
        }
        vault.storeAll(sealed);
        Outbox.Delivery storedComplaints = outboxes.complaints().storeAndSend(complaints.records);
        Outbox.Delivery storedScreenedOut = outboxes.screenedOut().storeAndSend(screenedOut);

        Map<Channel, Integer> received = new EnumMap<>(Channel.class);
        Map<Channel, Integer> screened = new EnumMap<>(Channel.class);
        for (int j = 0; j < complaints.at.size(); j++) {
            Taken taken = batch.get(complaints.at.get(j));
            receipts[complaints.at.get(j)] = storedComplaints.duplicates().contains(j)
                    ? earlierReceipt(taken.complaintId()).orElseThrow()
                    : created(taken, received);
        }
        for (int j = 0; j < screenedOutAt.size(); j++) {
            receipts[screenedOutAt.get(j)] = screenedOut(batch.get(screenedOutAt.get(j)),
                    storedScreenedOut.duplicates().contains(j), screened);
        }
        for (int i = 0; i < batch.size(); i++) {
            if (firstOf[i] >= 0) {
                receipts[i] = again(receipts[firstOf[i]]);
            }
        }
        received.forEach(metrics::received);
        screened.forEach(metrics::screenedOut);
        metrics.batch(batch.size());
        return new Committed(List.of(receipts), storedComplaints.acknowledged() && storedScreenedOut.acknowledged());
    }

    /** Positions in the batch and the records stored from them. */
    private static final class Part {
        final List<Integer> at = new ArrayList<>();
        final List<Document> records = new ArrayList<>();

        void add(int position, Document record) {
            at.add(position);
            records.add(record);
        }
    }

    private static IntakeReceipt created(Taken taken, Map<Channel, Integer> received) {
        received.merge(taken.complaint().channel(), 1, Integer::sum);
        return IntakeReceipt.created(taken.complaintId(), taken.trackingCode());
    }

    private static IntakeReceipt screenedOut(Taken taken, boolean seenBefore, Map<Channel, Integer> screened) {
        String recordId = taken.complaint().channelRecordId();
        if (seenBefore) {
            return IntakeReceipt.alreadyScreenedOut(recordId, taken.verdict().reason());
        }
        screened.merge(taken.complaint().channel(), 1, Integer::sum);
        return IntakeReceipt.outOfScope(recordId, taken.verdict().reason());
    }

    /** The answer to a second push of a record, given the answer to the first. */
    private static IntakeReceipt again(IntakeReceipt first) {
        return switch (first.outcome()) {
            case CREATED -> IntakeReceipt.alreadyReceived(first.complaintId(), first.trackingCode());
            case OUT_OF_SCOPE -> IntakeReceipt.alreadyScreenedOut(first.channelRecordId(), first.reason());
            case ALREADY_RECEIVED, ALREADY_SCREENED_OUT -> first;
        };
    }

    private ScreeningVerdict screen(IncomingComplaint complaint) {
        ScreeningVerdict verdict;
        switch (complaint.channel()) {
            case TRAFFY_FONDUE -> verdict = screening.screen(complaint.categories(), complaint.description());
            // The general hotline takes every kind of call; the operator's category names the caller's topic, not
            // whether it is about corruption, so only the text decides.
            case HOTLINE_1555 -> verdict = screening.screen(List.of(), complaint.description());
            // Letters, walk-ins, the website form and executives' referrals are anti-corruption channels.
            default -> {
                return ScreeningVerdict.inScope("channel");
            }
        }
        metrics.screened(complaint.channel(), verdict);
        return verdict;
    }

    private static IntakeUnavailableException unavailable(String why) {
        return new IntakeUnavailableException("The complaint could not be stored and announced now (" + why
                + "); nothing was acknowledged. Send the same record again: it is answered as the same complaint.");
    }

    private Optional<IntakeReceipt> earlierReceipt(String complaintId) {
        return documents.find(OutboxCollection.COMPLAINTS, complaintId).map(existing -> IntakeReceipt.alreadyReceived(
                complaintId, trackingCodes.open(existing.get(TRACKING_CODE, Binary.class).getData(), complaintId)));
    }

    /** Finds the complaint of a channel record, if intake took it. */
    public Optional<String> complaintOf(Channel channel, String channelRecordId) {
        String complaintId = complaintIdOf(channel, channelRecordId);
        return documents.find(OutboxCollection.COMPLAINTS, complaintId).map(d -> complaintId);
    }
}
