package th.bma.anticorruption.support.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.types.ObjectId;

/**
 * The one text an audit entry's hash is taken over, whatever order its fields were written or read back in: a JSON
 * object with its members sorted by name, fields whose value is null left out (so an entry written before a field
 * was added reads the same as one that leaves it empty), every integer as its decimal digits (BSON's int32 and
 * int64 alike), a date as {@code {"$date":"<ISO-8601 instant, milliseconds>"}} (what MongoDB keeps of it), an
 * object id as {@code {"$oid":"<hex>"}}, nested documents and arrays alike. Any other type is refused rather than
 * hashed by its {@code toString}, which could change between versions. New fields extend the form by themselves.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    /** The canonical text of an entry's fields, except {@code excluded} (the entry's own hash). */
    public static String of(Map<String, ?> fields, String excluded) {
        StringBuilder text = new StringBuilder();
        object(fields, excluded, text);
        return text.toString();
    }

    /** SHA-256 of the canonical text (UTF-8), as 64 lowercase hex digits. */
    public static String sha256(Map<String, ?> fields, String excluded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(fields, excluded).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void object(Map<String, ?> fields, String excluded, StringBuilder text) {
        text.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> field : new TreeMap<>(fields).entrySet()) {
            if (field.getValue() == null || field.getKey().equals(excluded)) {
                continue;
            }
            if (!first) {
                text.append(',');
            }
            first = false;
            string(field.getKey(), text);
            text.append(':');
            value(field.getValue(), text);
        }
        text.append('}');
    }

    private static void value(Object value, StringBuilder text) {
        if (value instanceof String s) {
            string(s, text);
        } else if (value instanceof Integer || value instanceof Long) {
            text.append(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            text.append(b.booleanValue());
        } else if (value instanceof Date date) {
            instant(date.toInstant(), text);
        } else if (value instanceof Instant instant) {
            instant(instant, text);
        } else if (value instanceof ObjectId id) {
            text.append("{\"$oid\":\"").append(id.toHexString()).append("\"}");
        } else if (value instanceof Map<?, ?> map) {
            object(stringKeys(map), null, text);
        } else if (value instanceof List<?> list) {
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                Object element = list.get(i);
                if (element == null) {
                    text.append("null");
                } else {
                    value(element, text);
                }
            }
            text.append(']');
        } else {
            throw new IllegalArgumentException(
                    "An audit entry holds no " + value.getClass().getName() + ": it has no canonical form");
        }
    }

    private static void instant(Instant instant, StringBuilder text) {
        // MongoDB keeps milliseconds: hash what is stored, not what was handed over.
        text.append("{\"$date\":\"").append(Instant.ofEpochMilli(instant.toEpochMilli())).append("\"}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("An audit entry's nested fields are named by strings");
            }
        }
        return (Map<String, ?>) map;
    }

    private static void string(String value, StringBuilder text) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        text.append('"');
    }
}
