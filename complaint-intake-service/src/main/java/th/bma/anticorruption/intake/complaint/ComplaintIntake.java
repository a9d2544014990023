package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.intake.identity.IdentityVault;
import th.bma.anticorruption.intake.identity.PersonalDataMasker;
import th.bma.anticorruption.intake.identity.SealedParticulars;
import th.bma.anticorruption.intake.screening.CorruptionScreening;
import th.bma.anticorruption.intake.screening.ScreeningVerdict;
import th.bma.anticorruption.intake.tracking.TrackingCodes;

/**
 * Takes validated channel records in: screens Traffy tickets, seals the complainant's particulars, masks the text,
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
    private final IntakeMetrics metrics;
    private final Clock clock;

    public ComplaintIntake(CorruptionScreening screening, IdentityVault vault, TrackingCodes trackingCodes,
            OutboxDocuments documents, EventOutbox outbox, IntakeMetrics metrics, Clock clock) {
        this.screening = screening;
        this.vault = vault;
        this.trackingCodes = trackingCodes;
        this.documents = documents;
        this.outbox = outbox;
        this.metrics = metrics;
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
        if (!documents.insert(OutboxCollection.COMPLAINTS, prepared.document())) {
            return earlierReceipt(complaintId).orElseThrow();
        }
        metrics.received(complaint.channel(), 1);
        outbox.publish(OutboxCollection.COMPLAINTS, complaintId, prepared.event());
        return IntakeReceipt.created(complaintId, code);
    }

    /**
     * Takes many records at once (a CSV import): one query for what exists, one insert per collection, the events
     * sent concurrently. Returns one receipt per record, in order.
     */
    public List<IntakeReceipt> receiveAll(List<IncomingComplaint> complaints) {
        IntakeReceipt[] receipts = new IntakeReceipt[complaints.size()];
        Map<Integer, Prepared> inScope = new LinkedHashMap<>();
        List<Integer> outOfScope = new ArrayList<>();
        List<ComplaintScreenedOut> screenedOutEvents = new ArrayList<>();
        Set<String> seenInBatch = new HashSet<>();
        for (int i = 0; i < complaints.size(); i++) {
            IncomingComplaint complaint = complaints.get(i);
            ScreeningVerdict verdict = screen(complaint);
            String complaintId = complaintIdOf(complaint.channel(), complaint.channelRecordId());
            if (!seenInBatch.add(complaint.channelKey())) {
                receipts[i] = verdict.inScope() ? IntakeReceipt.alreadyReceived(complaintId, null)
                        : IntakeReceipt.alreadyScreenedOut(complaint.channelRecordId(), verdict.reason());
                continue;
            }
            if (verdict.inScope()) {
                String code = trackingCodes.newCode();
                inScope.put(i, prepare(complaint, complaintId, code));
                receipts[i] = IntakeReceipt.created(complaintId, code);
            } else {
                outOfScope.add(i);
                screenedOutEvents.add(screenedOutEvent(complaint, verdict));
                receipts[i] = IntakeReceipt.outOfScope(complaint.channelRecordId(), verdict.reason());
            }
        }
        storeAndPublishInScope(complaints, inScope, receipts);
        storeAndPublishScreenedOut(complaints, outOfScope, screenedOutEvents, receipts);
        return List.of(receipts);
    }

    private void storeAndPublishInScope(List<IncomingComplaint> complaints, Map<Integer, Prepared> inScope,
            IntakeReceipt[] receipts) {
        List<Integer> positions = new ArrayList<>(inScope.keySet());
        List<Document> toInsert = new ArrayList<>();
        Map<String, SealedParticulars> particulars = new LinkedHashMap<>();
        for (Integer position : positions) {
            IncomingComplaint complaint = complaints.get(position);
            particulars.put(receipts[position].complaintId(),
                    SealedParticulars.of(complaint.complainant(), complaint.description()));
            toInsert.add(inScope.get(position).document());
        }
        vault.sealAll(particulars);
        Set<Integer> duplicates = new HashSet<>(documents.insertMany(OutboxCollection.COMPLAINTS, toInsert));
        List<String> ids = new ArrayList<>();
        List<ComplaintReceived> events = new ArrayList<>();
        for (int j = 0; j < positions.size(); j++) {
            int position = positions.get(j);
            if (duplicates.contains(j)) {
                receipts[position] = IntakeReceipt.alreadyReceived(receipts[position].complaintId(), null);
            } else {
                ids.add(receipts[position].complaintId());
                events.add(inScope.get(position).event());
                metrics.received(complaints.get(position).channel(), 1);
            }
        }
        outbox.publishAll(OutboxCollection.COMPLAINTS, ids, events);
    }

    private void storeAndPublishScreenedOut(List<IncomingComplaint> complaints, List<Integer> positions,
            List<ComplaintScreenedOut> events, IntakeReceipt[] receipts) {
        List<Document> toInsert = new ArrayList<>();
        for (int j = 0; j < positions.size(); j++) {
            IncomingComplaint complaint = complaints.get(positions.get(j));
            toInsert.add(documents.newDocument(events.get(j).screeningId(), complaint.channel().name(),
                    complaint.channelRecordId(), events.get(j)));
        }
        Set<Integer> duplicates = new HashSet<>(documents.insertMany(OutboxCollection.SCREENED_OUT, toInsert));
        List<String> ids = new ArrayList<>();
        List<ComplaintScreenedOut> fresh = new ArrayList<>();
        for (int j = 0; j < events.size(); j++) {
            if (duplicates.contains(j)) {
                receipts[positions.get(j)] = IntakeReceipt.alreadyScreenedOut(events.get(j).channelRecordId(),
                        events.get(j).reason());
            } else {
                ids.add(events.get(j).screeningId());
                fresh.add(events.get(j));
                metrics.screenedOut(complaints.get(positions.get(j)).channel(), 1);
            }
        }
        outbox.publishAll(OutboxCollection.SCREENED_OUT, ids, fresh);
    }

    private ScreeningVerdict screen(IncomingComplaint complaint) {
        // Only Traffy carries every kind of city problem; the other channels are anti-corruption channels.
        if (complaint.channel() != Channel.TRAFFY_FONDUE) {
            return ScreeningVerdict.inScope("channel");
        }
        return screening.screen(complaint.categories(), complaint.description());
    }

    private IntakeReceipt screenOut(IncomingComplaint complaint, ScreeningVerdict verdict) {
        ComplaintScreenedOut event = screenedOutEvent(complaint, verdict);
        Document document = documents.newDocument(event.screeningId(), complaint.channel().name(),
                complaint.channelRecordId(), event);
        if (!documents.insert(OutboxCollection.SCREENED_OUT, document)) {
            return IntakeReceipt.alreadyScreenedOut(complaint.channelRecordId(), verdict.reason());
        }
        metrics.screenedOut(complaint.channel(), 1);
        outbox.publish(OutboxCollection.SCREENED_OUT, event.screeningId(), event);
        return IntakeReceipt.outOfScope(complaint.channelRecordId(), verdict.reason());
    }

    private ComplaintScreenedOut screenedOutEvent(IncomingComplaint complaint, ScreeningVerdict verdict) {
        return new ComplaintScreenedOut(UUID.randomUUID(), clock.instant(), complaint.channelKey(),
                ComplaintScreenedOut.SCHEMA_VERSION, complaint.channel(), complaint.channelRecordId(),
                complaint.receivedAt(), verdict.reason());
    }

    private Prepared prepare(IncomingComplaint complaint, String complaintId, String code) {
        ComplaintSummary summary = new ComplaintSummary(complaint.channel(), complaint.channelRecordId(),
                complaint.receivedAt(), complaint.district(), complaint.categories(), complaint.organisation(),
                PersonalDataMasker.mask(complaint.description(), complaint.complainant()), complaint.location(),
                complaint.accused(), trackingCodes.hash(code));
        ComplaintReceived event = new ComplaintReceived(UUID.randomUUID(), clock.instant(), complaintId,
                ComplaintReceived.SCHEMA_VERSION, summary);
        Document document = documents.newDocument(complaintId, complaint.channel().name(),
                complaint.channelRecordId(), event)
                .append(TRACKING_CODE, new Binary(trackingCodes.seal(code, complaintId)));
        return new Prepared(event, document);
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

    private record Prepared(ComplaintReceived event, Document document) {
    }
}
