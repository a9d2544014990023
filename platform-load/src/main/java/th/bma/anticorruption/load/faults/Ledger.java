package th.bma.anticorruption.load.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import th.bma.anticorruption.contracts.Channel;

/**
 * What one scenario sent and what the platform acknowledged, per channel record. A record is acknowledged by
 * {@code 202} (new complaint) or {@code 200} (the same record again, or out of scope), both carrying the complaint id;
 * a record answered with two different complaint ids is a duplicate at intake. Thread-safe.
 */
final class Ledger {

    /** What the suite does next with an answer. */
    enum Outcome {
        /** 202 or 200 with a complaint id. */
        ACKNOWLEDGED,
        /** 200 {@code outOfScope}: counted by statistics as screened out, no case. */
        OUT_OF_SCOPE,
        /** 4xx: the platform refused it; never resent. */
        REFUSED,
        /** No answer or 5xx: not acknowledged, so a channel would send it again. */
        NOT_ACKNOWLEDGED
    }

    /** One channel record and what became of it. */
    static final class Entry {
        final String recordKey;
        final Channel channel;
        final String method;
        final String path;
        final String clientId;
        final String body;
        final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        String complaintId;
        boolean outOfScope;
        int attempts;
        int refusedStatus;
        int createdAnswers;
        final Set<String> complaintIdsSeen = new TreeSet<>();

        Entry(String recordKey, Channel channel, String method, String path, String clientId, String body) {
            this.recordKey = recordKey;
            this.channel = channel;
            this.method = method;
            this.path = path;
            this.clientId = clientId;
            this.body = body;
        }

        /** The channel record the key names: {@code CHANNEL:recordId}, without an attempt's {@code #name}. */
        String channelRecord() {
            int attempt = recordKey.indexOf('#');
            return attempt < 0 ? recordKey : recordKey.substring(0, attempt);
        }

        boolean settled() {
            return complaintId != null || outOfScope || refusedStatus != 0;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private int requests;
    private int created;
    private int repeated;
    private int serverErrors;
    private int noAnswer;
    private int refused;

    /** Notes one request and its answer; returns what the suite should make of it. */
    synchronized Outcome note(Entry entry, Gateway.Answer answer) {
        Entry known = entries.computeIfAbsent(entry.recordKey, key -> entry);
        known.attempts++;
        requests++;
        if (answer.status() == 0) {
            noAnswer++;
            return Outcome.NOT_ACKNOWLEDGED;
        }
        if (answer.serverError()) {
            serverErrors++;
            return Outcome.NOT_ACKNOWLEDGED;
        }
        if (answer.status() >= 400) {
            refused++;
            known.refusedStatus = answer.status();
            return Outcome.REFUSED;
        }
        if (answer.json().path("outOfScope").asBoolean(false)) {
            known.outOfScope = true;
            return Outcome.OUT_OF_SCOPE;
        }
        String complaintId = answer.json().path("complaintId").asString("");
        if (complaintId.isEmpty()) {
            refused++;
            known.refusedStatus = answer.status();
            return Outcome.REFUSED;
        }
        if (answer.status() == 202) {
            created++;
            known.createdAnswers++;
        } else {
            repeated++;
        }
        known.complaintIdsSeen.add(complaintId);
        known.complaintId = known.complaintIdsSeen.iterator().next();
        return Outcome.ACKNOWLEDGED;
    }

    /** A record the platform took in bulk (the CSV import), acknowledged by its counts, its id read afterwards. */
    synchronized void noteImported(Entry entry, String complaintId) {
        Entry known = entries.computeIfAbsent(entry.recordKey, key -> entry);
        if (complaintId == null) {
            known.outOfScope = true;
        } else {
            known.complaintIdsSeen.add(complaintId);
            known.complaintId = known.complaintIdsSeen.iterator().next();
        }
    }

    /** A request that carried many records at once (the CSV import): counted, its records booked by noteImported. */
    synchronized void noteBulkRequest(int status) {
        requests++;
        if (status >= 500) {
            serverErrors++;
        } else if (status == 0) {
            noAnswer++;
        }
    }

    synchronized int requests() {
        return requests;
    }

    /** Answers {@code 202}: each should be a distinct record. */
    synchronized int created() {
        return created;
    }

    /** Answers {@code 200} with a complaint id: the same record again. */
    synchronized int repeated() {
        return repeated;
    }

    synchronized int serverErrors() {
        return serverErrors;
    }

    synchronized int noAnswer() {
        return noAnswer;
    }

    synchronized int refused() {
        return refused;
    }

    /** Records that were sent but neither acknowledged nor refused: to send again. */
    synchronized List<Entry> unsettled() {
        return entries.values().stream().filter(e -> !e.settled()).toList();
    }

    /** The distinct complaints acknowledged, complaint id → channel. */
    synchronized Map<String, Channel> acknowledgedComplaints() {
        Map<String, Channel> complaints = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            for (String id : entry.complaintIdsSeen) {
                complaints.put(id, entry.channel);
            }
        }
        return complaints;
    }

    /** Distinct records acknowledged (in scope or out of scope). */
    synchronized int acknowledgedRecords() {
        return (int) entries.values().stream().filter(e -> e.complaintId != null || e.outOfScope).count();
    }

    /**
     * Distinct channel records answered out of scope. A key may name the attempt after {@code #} (the hostile-input
     * scenario sends several bodies for one channel record); the platform counts a channel record screened out once,
     * however many bodies were pushed for it, and so does this.
     */
    synchronized int outOfScopeRecords() {
        return outOfScopeByChannel().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@link #outOfScopeRecords()} by channel. */
    synchronized Map<Channel, Integer> outOfScopeByChannel() {
        Map<Channel, Set<String>> records = new java.util.EnumMap<>(Channel.class);
        entries.values().stream().filter(e -> e.outOfScope)
                .forEach(e -> records.computeIfAbsent(e.channel, c -> new TreeSet<>()).add(e.channelRecord()));
        Map<Channel, Integer> counts = new java.util.EnumMap<>(Channel.class);
        records.forEach((channel, keys) -> counts.put(channel, keys.size()));
        return counts;
    }

    /** Records answered with more than one complaint id: intake made two complaints of one record. */
    synchronized List<String> recordsWithSeveralComplaintIds() {
        List<String> keys = new ArrayList<>();
        entries.values().stream().filter(e -> e.complaintIdsSeen.size() > 1).forEach(e -> keys.add(e.recordKey));
        return keys;
    }

    /** More {@code 202} answers than records acknowledged: one record was created twice. */
    synchronized int surplusCreations() {
        return entries.values().stream().mapToInt(e -> Math.max(0, e.createdAnswers - 1)).sum();
    }

    synchronized Collection<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
