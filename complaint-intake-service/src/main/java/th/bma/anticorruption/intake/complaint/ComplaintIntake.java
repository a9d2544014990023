package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.support.privacy.FreeTextMasker;
import th.bma.anticorruption.intake.identity.ComplainantIdentity;
import th.bma.anticorruption.intake.identity.IdentityVault;
import th.bma.anticorruption.intake.identity.SealedParticulars;
import th.bma.anticorruption.intake.screening.CorruptionScreening;
import th.bma.anticorruption.intake.screening.ScreeningVerdict;
import th.bma.anticorruption.intake.tracking.TrackingCodes;

/**
 * Takes validated channel records in: screens Traffy tickets and 1555 calls, seals the complainant's particulars, masks the text,
 * stores the complaint durably with its event and a sealed tracking code, publishes {@code ComplaintReceived},
 * and answers. The complaint id is derived from channel + record id, so every push of one record - concurrent or
 * a month later - lands on the same document and gets the same answer.
 */
public class ComplaintIntake {

    private static final String TRACKING_CODE = "trackingCode";

    private final CorruptionScreening screening;
    private final IdentityVault vault;
    private final TrackingCodes trackingCodes;
    private final OutboxDocuments documents;
    private final EventOutbox outbox;
    private final ScreenedOutTallies tallies;
    private final IntakeMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    public ComplaintIntake(CorruptionScreening screening, IdentityVault vault, TrackingCodes trackingCodes,
            OutboxDocuments documents, EventOutbox outbox, ScreenedOutTallies tallies, IntakeMetrics metrics,
            JsonMapper json, Clock clock) {
        this.screening = screening;
        this.vault = vault;
        this.trackingCodes = trackingCodes;
        this.documents = documents;
        this.outbox = outbox;
        this.tallies = tallies;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** The complaint id of a channel record: the same record always gets the same id. */
    public static String complaintIdOf(Channel channel, String channelRecordId) {
        return UUID.nameUUIDFromBytes(("complaint:" + channel.name() + ":" + channelRecordId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public IntakeReceipt receive(IncomingComplaint complaint) {
        ScreeningVerdict verdict = screen(complaint);
        if (!verdict.inScope()) {
            return screenOut(complaint, verdict);
        }
        String complaintId = complaintIdOf(complaint.channel(), complaint.channelRecordId());
        Optional<IntakeReceipt> earlier = earlierReceipt(complaintId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String code = trackingCodes.newCode();
        Prepared prepared = prepare(complaint, complaintId, code);
        vault.seal(complaintId, SealedParticulars.of(complaint.complainant(), complaint.description()));
        if (!outbox.store(OutboxCollection.COMPLAINTS, prepared.document(), prepared.event())) {
            return earlierReceipt(complaintId).orElseThrow();
        }
        metrics.received(complaint.channel(), 1);
        return IntakeReceipt.created(complaintId, code);
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
     * The CPU half of {@link #receiveAll}: screens, masks and serialises, touching neither MongoDB nor Kafka, so an
     * import can prepare the next batch while the previous one is being stored.
     */
    public PreparedBatch prepareAll(List<IncomingComplaint> complaints) {
        PreparedBatch batch = new PreparedBatch(complaints);
        Set<String> seenInBatch = new HashSet<>();
        for (int i = 0; i < complaints.size(); i++) {
            IncomingComplaint complaint = complaints.get(i);
            ScreeningVerdict verdict = screen(complaint);
            if (!seenInBatch.add(complaint.channelKey())) {
                batch.receipts[i] = verdict.inScope()
                        ? IntakeReceipt.alreadyReceived(complaintIdOf(complaint.channel(), complaint.channelRecordId()), null)
                        : IntakeReceipt.alreadyScreenedOut(complaint.channelRecordId(), verdict.reason());
                continue;
            }
            if (verdict.inScope()) {
                String complaintId = complaintIdOf(complaint.channel(), complaint.channelRecordId());
                String code = trackingCodes.newCode();
                batch.inScope.add(i);
                batch.complaintsToStore.add(prepare(complaint, complaintId, code));
                batch.receipts[i] = IntakeReceipt.created(complaintId, code);
            } else {
                batch.outOfScope.add(i);
                batch.screenedOut.add(ScreenedOutTallies.Screened.of(complaint));
                batch.receipts[i] = IntakeReceipt.outOfScope(complaint.channelRecordId(), verdict.reason());
            }
        }
        return batch;
    }

    /** The I/O half of {@link #receiveAll}: stores and publishes a prepared batch; one receipt per record, in order. */
    public List<IntakeReceipt> storeAll(PreparedBatch batch) {
        IntakeReceipt[] receipts = batch.receipts;
        storeComplaints(batch.complaints, batch.inScope, batch.complaintsToStore, receipts);
        Set<Integer> duplicates = tallies.record(batch.screenedOut);
        for (int j : duplicates) {
            IntakeReceipt first = receipts[batch.outOfScope.get(j)];
            receipts[batch.outOfScope.get(j)] = IntakeReceipt.alreadyScreenedOut(first.channelRecordId(), first.reason());
        }
        countScreenedOut(batch.complaints, batch.outOfScope, duplicates);
        return List.of(receipts);
    }

    /** Records screened and ready to store: what {@link #prepareAll} hands to {@link #storeAll}. */
    public static final class PreparedBatch {

        private final List<IncomingComplaint> complaints;
        private final IntakeReceipt[] receipts;
        private final List<Integer> inScope = new ArrayList<>();
        private final List<Prepared> complaintsToStore = new ArrayList<>();
        private final List<Integer> outOfScope = new ArrayList<>();
        private final List<ScreenedOutTallies.Screened> screenedOut = new ArrayList<>();

        private PreparedBatch(List<IncomingComplaint> complaints) {
            this.complaints = List.copyOf(complaints);
            this.receipts = new IntakeReceipt[complaints.size()];
        }
    }

    private void storeComplaints(List<IncomingComplaint> complaints, List<Integer> positions, List<Prepared> prepared,
            IntakeReceipt[] receipts) {
        if (positions.isEmpty()) {
            return;
        }
        Map<String, SealedParticulars> particulars = new LinkedHashMap<>();
        List<Document> records = new ArrayList<>(prepared.size());
        List<SerializedEvent> events = new ArrayList<>(prepared.size());
        for (int j = 0; j < positions.size(); j++) {
            IncomingComplaint complaint = complaints.get(positions.get(j));
            particulars.put(receipts[positions.get(j)].complaintId(),
                    SealedParticulars.of(complaint.complainant(), complaint.description()));
            records.add(prepared.get(j).document());
            events.add(prepared.get(j).serialized());
        }
        vault.sealAll(particulars);
        Set<Integer> duplicates = outbox.storeAll(OutboxCollection.COMPLAINTS, records, events);
        for (int j = 0; j < positions.size(); j++) {
            int position = positions.get(j);
            if (duplicates.contains(j)) {
                receipts[position] = IntakeReceipt.alreadyReceived(receipts[position].complaintId(), null);
            } else {
                metrics.received(complaints.get(position).channel(), 1);
            }
        }
    }

    private void countScreenedOut(List<IncomingComplaint> complaints, List<Integer> positions, Set<Integer> duplicates) {
        Map<Channel, Integer> fresh = new EnumMap<>(Channel.class);
        for (int j = 0; j < positions.size(); j++) {
            if (!duplicates.contains(j)) {
                fresh.merge(complaints.get(positions.get(j)).channel(), 1, Integer::sum);
            }
        }
        fresh.forEach(metrics::screenedOut);
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

    private IntakeReceipt screenOut(IncomingComplaint complaint, ScreeningVerdict verdict) {
        ComplaintScreenedOut event = screenedOutEvent(complaint, verdict);
        Document document = documents.newDocument(event.screeningId(), complaint.channel().name(),
                complaint.channelRecordId(), SerializedEvent.of(event, json));
        if (!outbox.store(OutboxCollection.SCREENED_OUT, document, event)) {
            return IntakeReceipt.alreadyScreenedOut(complaint.channelRecordId(), verdict.reason());
        }
        metrics.screenedOut(complaint.channel(), 1);
        return IntakeReceipt.outOfScope(complaint.channelRecordId(), verdict.reason());
    }

    private ComplaintScreenedOut screenedOutEvent(IncomingComplaint complaint, ScreeningVerdict verdict) {
        return new ComplaintScreenedOut(UUID.randomUUID(), clock.instant(), complaint.channelKey(),
                ComplaintScreenedOut.SCHEMA_VERSION, complaint.channel(), complaint.channelRecordId(),
                complaint.receivedAt(), verdict.reason(), ScreenedOutCategory.of(complaint));
    }

    private Prepared prepare(IncomingComplaint complaint, String complaintId, String code) {
        ComplaintSummary summary = new ComplaintSummary(complaint.channel(), complaint.channelRecordId(),
                complaint.receivedAt(), complaint.district(), complaint.categories(), complaint.organisation(),
                FreeTextMasker.mask(complaint.description(), ComplainantIdentity.knownOf(complaint.complainant())), complaint.location(),
                complaint.accused(), trackingCodes.hash(code));
        ComplaintReceived event = new ComplaintReceived(UUID.randomUUID(), clock.instant(), complaintId,
                ComplaintReceived.SCHEMA_VERSION, summary);
        SerializedEvent serialized = SerializedEvent.of(event, json);
        Document document = documents.newDocument(complaintId, complaint.channel().name(),
                complaint.channelRecordId(), serialized)
                .append(TRACKING_CODE, new Binary(trackingCodes.seal(code, complaintId)));
        return new Prepared(event, serialized, document);
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

    private record Prepared(ComplaintReceived event, SerializedEvent serialized, Document document) {
    }
}
