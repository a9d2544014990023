package th.bma.anticorruption.cases.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * Three collections: {@code case_messages} (one document per message, masked text, attachment references),
 * {@code case_message_attachments} (the sealed bytes, apart so that listing a conversation never loads them) and
 * {@code conversations} (one summary per case with messages: when the last one came, how many replies no holder has
 * read yet), which the unread list and the retention purge walk.
 */
@Repository
public class ConversationStore implements InitializingBean {

    static final String MESSAGES = "case_messages";
    static final String ATTACHMENTS = "case_message_attachments";
    static final String CONVERSATIONS = "conversations";

    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> attachments;
    private final MongoCollection<Document> conversations;

    public ConversationStore(MongoTemplate mongo) {
        this.messages = mongo.getCollection(MESSAGES);
        this.attachments = mongo.getCollection(ATTACHMENTS);
        this.conversations = mongo.getCollection(CONVERSATIONS);
    }

    @Override
    public void afterPropertiesSet() {
        messages.createIndex(Indexes.ascending("caseId", "seq"));
        messages.createIndex(Indexes.ascending("caseId", "unread"));
        attachments.createIndex(Indexes.ascending("caseId"));
        conversations.createIndex(Indexes.descending("unreadReplies"));
    }

    /** A sealed attachment, stored before the message that refers to it. */
    public void storeAttachment(String caseId, AttachmentRef ref, byte[] sealed) {
        attachments.insertOne(new Document("_id", ref.id()).append("caseId", caseId)
                .append("kind", ref.kind().name()).append("size", ref.size()).append("sealed", new Binary(sealed)));
    }

    public void add(ConversationMessage message) {
        List<Document> refs = message.attachments().stream().map(ref -> new Document("id", ref.id())
                .append("kind", ref.kind().name()).append("size", ref.size())).toList();
        // the conversation's own count numbers each message: two written in the same millisecond keep their order
        Document counted = conversations.findOneAndUpdate(Filters.eq("_id", message.caseId()),
                Updates.inc("messageCount", 1L), new FindOneAndUpdateOptions().upsert(true)
                        .returnDocument(ReturnDocument.AFTER));
        Document document = new Document("_id", message.id()).append("caseId", message.caseId())
                .append("seq", counted.get("messageCount", Number.class).longValue())
                .append("from", message.from().name()).append("role", message.role()).append("by", message.by())
                .append("at", Date.from(message.at())).append("text", message.text()).append("attachments", refs);
        if (message.from() == Sender.COMPLAINANT) {
            document.append("unread", true);
        }
        messages.insertOne(document);
        Bson last = message.from() == Sender.COMPLAINANT
                ? Updates.combine(Updates.set("lastMessageAt", Date.from(message.at())),
                        Updates.set("lastReplyAt", Date.from(message.at())))
                : Updates.set("lastMessageAt", Date.from(message.at()));
        conversations.updateOne(Filters.eq("_id", message.caseId()), last);
        countUnread(message.caseId());
    }

    /** The case's conversation in the order it was written. */
    public List<ConversationMessage> messages(String caseId) {
        List<ConversationMessage> found = new ArrayList<>();
        for (Document d : messages.find(Filters.eq("caseId", caseId)).sort(Sorts.ascending("seq"))) {
            found.add(messageOf(d));
        }
        return found;
    }

    /** Marks the complainant's unread replies read by {@code officer}; returns how many were unread. */
    public long markRepliesRead(String caseId, String officer, Instant at) {
        long marked = messages.updateMany(Filters.and(Filters.eq("caseId", caseId), Filters.eq("unread", true)),
                Updates.combine(Updates.unset("unread"), Updates.set("readAt", Date.from(at)),
                        Updates.set("readBy", officer))).getModifiedCount();
        if (marked > 0) {
            countUnread(caseId);
        }
        return marked;
    }

    /** Counted again from the messages rather than incremented, so a reply and a read racing end up right. */
    private void countUnread(String caseId) {
        long unread = messages.countDocuments(Filters.and(Filters.eq("caseId", caseId), Filters.eq("unread", true)));
        conversations.updateOne(Filters.eq("_id", caseId), Updates.set("unreadReplies", unread));
    }

    /** The sealed bytes of an attachment of this case. */
    public Optional<StoredAttachment> attachment(String caseId, String attachmentId) {
        Document d = attachments.find(Filters.and(Filters.eq("_id", attachmentId), Filters.eq("caseId", caseId)))
                .first();
        return d == null ? Optional.empty() : Optional.of(new StoredAttachment(AttachmentKind.valueOf(
                d.getString("kind")), d.get("sealed", Binary.class).getData()));
    }

    /** Conversations with replies no holder has read, the latest reply first. */
    public List<ConversationSummary> withUnreadReplies(int limit) {
        List<ConversationSummary> found = new ArrayList<>();
        for (Document d : conversations.find(Filters.gt("unreadReplies", 0)).sort(Sorts.descending("lastReplyAt"))
                .limit(limit)) {
            found.add(summaryOf(d));
        }
        return found;
    }

    /** One page of all conversations by case id, after {@code afterCaseId} (null: from the start). */
    public List<ConversationSummary> page(String afterCaseId, int size) {
        Bson filter = afterCaseId == null ? new Document() : Filters.gt("_id", afterCaseId);
        List<ConversationSummary> found = new ArrayList<>();
        for (Document d : conversations.find(filter).sort(Sorts.ascending("_id")).limit(size)) {
            found.add(summaryOf(d));
        }
        return found;
    }

    /** Deletes a case's whole conversation: its attachments, messages and summary. */
    public Purged purge(String caseId) {
        long attachmentsDeleted = attachments.deleteMany(Filters.eq("caseId", caseId)).getDeletedCount();
        long messagesDeleted = messages.deleteMany(Filters.eq("caseId", caseId)).getDeletedCount();
        conversations.deleteOne(Filters.eq("_id", caseId));
        return new Purged(messagesDeleted, attachmentsDeleted);
    }

    private static ConversationMessage messageOf(Document d) {
        List<AttachmentRef> refs = d.getList("attachments", Document.class, List.of()).stream()
                .map(a -> new AttachmentRef(a.getString("id"), AttachmentKind.valueOf(a.getString("kind")),
                        a.get("size", Number.class).longValue()))
                .toList();
        return new ConversationMessage(d.getString("_id"), d.getString("caseId"), Sender.valueOf(d.getString("from")),
                d.getString("role"), d.getString("by"), d.getDate("at").toInstant(), d.getString("text"), refs,
                instant(d.getDate("readAt")), d.getString("readBy"));
    }

    private static ConversationSummary summaryOf(Document d) {
        Number unread = d.get("unreadReplies", Number.class);
        return new ConversationSummary(d.getString("_id"), instant(d.getDate("lastMessageAt")),
                instant(d.getDate("lastReplyAt")), unread == null ? 0 : unread.longValue());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** An attachment's kind and sealed bytes. */
    public record StoredAttachment(AttachmentKind kind, byte[] sealed) {
    }

    /** A case's conversation at a glance. */
    public record ConversationSummary(String caseId, Instant lastMessageAt, Instant lastReplyAt, long unreadReplies) {
    }

    /** What a purge deleted. */
    public record Purged(long messages, long attachments) {
    }
}
