package th.bma.anticorruption.support.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

/**
 * Makes one MongoDB collection of audit entries a hash chain: every entry carries its place in the chain
 * ({@value #SEQUENCE}, 1, 2, 3, … under a unique index), the hash of the entry before it ({@value #PREVIOUS}, 64
 * zeros for the first) and its own hash ({@value #HASH}: SHA-256 of the {@link CanonicalForm} of all its other
 * fields, the two above included). Changing, removing or re-linking a stored entry breaks the chain where it was
 * done, and {@link #verify()} says where.
 * <p>
 * An append is one insert: the head of the chain is kept in memory, and the unique index on the sequence makes a
 * second writer that used the same head (another thread of another instance) fail instead of forking the chain; that
 * writer reads the new head and tries again. Appends of one instance take turns, so within an instance only the
 * first append after another instance's costs a retry.
 * <p>
 * Removing the newest entries (the tail) leaves a shorter chain that still holds; {@link ChainVerification} reports
 * the head's sequence and hash so an auditor who keeps them sees a later head that went back.
 */
public final class HashChain {

    public static final String SEQUENCE = "chainSequence";
    public static final String PREVIOUS = "previousHash";
    public static final String HASH = "entryHash";
    static final String GENESIS = "0".repeat(64);
    private static final int MAX_ATTEMPTS = 100;
    private static final int MAX_REPORTED_BREAKS = 100;

    private final MongoCollection<Document> entries;
    private Link head;

    /** Creates the unique index on the sequence if it is missing (sparse: entries from before chaining have none). */
    public HashChain(MongoCollection<Document> entries) {
        this.entries = entries;
        entries.createIndex(Indexes.ascending(SEQUENCE), new IndexOptions().unique(true).sparse(true).name("chain"));
    }

    /**
     * Appends an entry (a fresh {@code _id} is given if it has none) and returns it as stored, with its place and
     * hashes. Values must have a {@link CanonicalForm}.
     */
    public synchronized Document append(Document fields) {
        Document entry = new Document(fields);
        if (entry.get("_id") == null) {
            entry.put("_id", UUID.randomUUID().toString());
        }
        for (int attempt = 1; ; attempt++) {
            Link previous = head != null ? head : readHead();
            Link linked = link(entry, previous.sequence() + 1, previous.hash());
            try {
                entries.insertOne(entry);
                head = linked;
                return entry;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Link latest = readHead();
                if (latest.sequence() < linked.sequence() || attempt >= MAX_ATTEMPTS) {
                    // not the chain's index (an entry id used twice), or a contention that does not end
                    throw e;
                }
                head = latest;
            }
        }
    }

    /**
     * Appends several entries in order with one ordered insert (as {@link #append} each, but one round trip on the
     * usual path). If another writer took a place first, the entries after the last one stored are linked to the new
     * head and inserted again.
     */
    public synchronized List<Document> appendAll(List<Document> fields) {
        List<Document> remaining = new ArrayList<>(fields.size());
        for (Document field : fields) {
            Document entry = new Document(field);
            if (entry.get("_id") == null) {
                entry.put("_id", UUID.randomUUID().toString());
            }
            remaining.add(entry);
        }
        List<Document> stored = new ArrayList<>(remaining.size());
        for (int attempt = 1; !remaining.isEmpty(); attempt++) {
            Link previous = head != null ? head : readHead();
            List<Link> links = new ArrayList<>(remaining.size());
            for (Document entry : remaining) {
                previous = link(entry, previous.sequence() + 1, previous.hash());
                links.add(previous);
            }
            try {
                entries.insertMany(remaining, new InsertManyOptions().ordered(true));
                head = links.get(links.size() - 1);
                stored.addAll(remaining);
                return stored;
            } catch (MongoBulkWriteException e) {
                int firstFailed = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
                boolean duplicate = !e.getWriteErrors().isEmpty() && ErrorCategory.fromErrorCode(
                        e.getWriteErrors().get(0).getCode()) == ErrorCategory.DUPLICATE_KEY;
                if (firstFailed > 0) {
                    head = links.get(firstFailed - 1);
                    stored.addAll(remaining.subList(0, firstFailed));
                    remaining = new ArrayList<>(remaining.subList(firstFailed, remaining.size()));
                }
                Link latest = readHead();
                if (!duplicate || latest.sequence() < remaining.get(0).get(SEQUENCE, Number.class).longValue()
                        || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                head = latest;
            }
        }
        return stored;
    }

    private static Link link(Document entry, long sequence, String previousHash) {
        entry.put(SEQUENCE, sequence);
        entry.put(PREVIOUS, previousHash);
        entry.remove(HASH);
        String hash = CanonicalForm.sha256(entry, HASH);
        entry.put(HASH, hash);
        return new Link(sequence, hash);
    }

    /** Walks the whole chain in order and reports whether it holds and where it breaks. */
    public ChainVerification verify() {
        long notChained = entries.countDocuments(Filters.exists(SEQUENCE, false));
        List<ChainVerification.Break> breaks = new ArrayList<>();
        long found = 0;
        long breakCount = 0;
        long expected = 1;
        String previousHash = GENESIS;
        for (Document entry : entries.find(Filters.exists(SEQUENCE)).sort(Sorts.ascending(SEQUENCE))) {
            long sequence = entry.get(SEQUENCE, Number.class).longValue();
            String entryId = String.valueOf(entry.get("_id"));
            List<ChainVerification.Problem> problems = new ArrayList<>();
            if (sequence > expected) {
                // entries expected … sequence-1 are gone: the first missing place is where it breaks
                breakCount++;
                record(breaks, new ChainVerification.Break(expected, null, ChainVerification.Problem.ENTRY_MISSING));
            } else if (sequence < expected) {
                problems.add(ChainVerification.Problem.FORKED);
            } else if (!previousHash.equals(entry.getString(PREVIOUS))) {
                problems.add(ChainVerification.Problem.LINK_BROKEN);
            }
            String stored = entry.getString(HASH);
            if (!CanonicalForm.sha256(entry, HASH).equals(stored)) {
                problems.add(ChainVerification.Problem.ENTRY_ALTERED);
            }
            for (ChainVerification.Problem problem : problems) {
                breakCount++;
                record(breaks, new ChainVerification.Break(sequence, entryId, problem));
            }
            found++;
            expected = Math.max(expected, sequence + 1);
            previousHash = stored == null ? "" : stored;
        }
        ChainVerification.Head last = found == 0 ? null : new ChainVerification.Head(expected - 1, previousHash);
        if (notChained > 0) {
            breakCount++;
            record(breaks, new ChainVerification.Break(0, null, ChainVerification.Problem.NOT_IN_CHAIN));
        }
        return new ChainVerification(entries.getNamespace().getCollectionName(), breakCount == 0, found, notChained, last, List.copyOf(breaks),
                breakCount > breaks.size());
    }

    private static void record(List<ChainVerification.Break> breaks, ChainVerification.Break found) {
        if (breaks.size() < MAX_REPORTED_BREAKS) {
            breaks.add(found);
        }
    }

    private Link readHead() {
        Document newest = entries.find(Filters.exists(SEQUENCE)).sort(Sorts.descending(SEQUENCE)).limit(1).first();
        return newest == null ? new Link(0, GENESIS)
                : new Link(newest.get(SEQUENCE, Number.class).longValue(), newest.getString(HASH));
    }

    private record Link(long sequence, String hash) {
    }
}
