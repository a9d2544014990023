package th.bma.anticorruption.support.sealing;

import java.util.List;
import java.util.StringJoiner;

import org.bson.Document;

/**
 * The associated data a kind of sealed value is bound to: a prefix naming the kind, then the values of the fields
 * that place it ({@code identity:<complaintId>}, {@code text:<subjectId>:<textId>}). The store that seals a value and
 * the re-sealing that moves it to a new key build it here, so both bind exactly the same bytes.
 */
public record SealedContext(String kind, List<String> fields) {

    public SealedContext(String kind, String... fields) {
        this(kind, List.of(fields));
    }

    /** The context of one value, given the values of {@link #fields} in order. */
    public String of(String... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(kind + " contexts take " + fields.size() + " value(s)");
        }
        StringJoiner context = new StringJoiner(":", kind + ":", "");
        for (String value : values) {
            context.add(value);
        }
        return context.toString();
    }

    /** The context of the value stored in this document, read from the document's own fields. */
    public String of(Document document) {
        return of(fields.stream().map(field -> String.valueOf(document.get(field))).toArray(String[]::new));
    }
}
