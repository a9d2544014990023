package th.bma.anticorruption.support.sealing;

/**
 * Where a kind of sealed value is stored: the database and collection, the field holding the Tink ciphertext, and the
 * {@link SealedContext} it is bound to.
 */
public record SealedField(String database, String collection, String field, SealedContext context) {

    /** {@code database.collection.field}, as reports name it. */
    public String name() {
        return database + "." + collection + "." + field;
    }
}
