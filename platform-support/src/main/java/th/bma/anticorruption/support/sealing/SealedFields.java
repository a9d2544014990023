package th.bma.anticorruption.support.sealing;

import java.util.List;

/**
 * Every field of the platform that holds a value sealed with the identity keyset, in one place like the topics: the
 * services seal with these contexts, and re-sealing after a key rotation ({@link SealedRecords}) walks exactly these
 * fields. A new sealed field is added here, or re-sealing would leave it under a key about to be retired.
 */
public final class SealedFields {

    /** The complainant's particulars, one document per complaint ({@code _id} the complaint id). */
    public static final SealedContext IDENTITY = new SealedContext("identity", "_id");
    /** The tracking code kept inside the complaint document ({@code _id} the complaint id). */
    public static final SealedContext TRACKING_CODE = new SealedContext("tracking-code", "_id");
    /** The original of a masked free text, under the complaint or case it belongs to ({@link SealedTexts}). */
    public static final SealedContext TEXT = new SealedContext("text", "subjectId", "_id");
    /** An attachment of the conversation with the complainant, under its case. */
    public static final SealedContext ATTACHMENT = new SealedContext("attachment", "caseId", "_id");

    /** Intake's identity vault. */
    public static final SealedField IDENTITIES = new SealedField("intake", "sealedIdentities", "sealed", IDENTITY);
    /** Intake's complaints, each with its tracking code sealed. */
    public static final SealedField TRACKING_CODES = new SealedField("intake", "complaints", "trackingCode",
            TRACKING_CODE);
    /** Case tracking's attachments of conversations with complainants. */
    public static final SealedField CASE_ATTACHMENTS = new SealedField("cases", "case_message_attachments", "sealed",
            ATTACHMENT);

    public static final List<SealedField> ALL = List.of(IDENTITIES, TRACKING_CODES, texts("intake"),
            texts("routing"), texts("cases"), CASE_ATTACHMENTS);

    /** The originals of masked texts kept by the service owning this database. */
    public static SealedField texts(String database) {
        return new SealedField(database, SealedTexts.COLLECTION, "sealed", TEXT);
    }

    private SealedFields() {
    }
}
