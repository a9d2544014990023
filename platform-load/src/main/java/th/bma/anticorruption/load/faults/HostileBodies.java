package th.bma.anticorruption.load.faults;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input that is wrong on purpose, built from a valid body of the endpoint: the whole body broken (deep nesting,
 * oversize, invalid UTF-8, other encodings, wrong content types, truncated, empty, not an object, MongoDB operators
 * as keys) and each field in turn replaced (MongoDB operator objects, arrays, numbers, huge and strange strings).
 */
final class HostileBodies {

    /** One hostile request body, with the content type it is sent under. */
    record Hostile(String name, String contentType, byte[] body) {
    }

    private static final String JSON = "application/json";

    private HostileBodies() {
    }

    /** Attacks on the body as a whole. */
    static List<Hostile> wholeBody(String validJson) {
        byte[] valid = validJson.getBytes(StandardCharsets.UTF_8);
        List<Hostile> attacks = new ArrayList<>();
        attacks.add(new Hostile("deep array nesting (50,000)", JSON, ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.US_ASCII)));
        attacks.add(new Hostile("deep object nesting (20,000)", JSON, ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.US_ASCII)));
        attacks.add(new Hostile("oversized body (1 MB)", JSON, padded(validJson, 1 << 20)));
        attacks.add(new Hostile("oversized body (16 MB)", JSON, padded(validJson, 16 << 20)));
        attacks.add(new Hostile("invalid UTF-8 bytes", JSON, withInvalidUtf8(validJson)));
        attacks.add(new Hostile("UTF-16LE sent as UTF-8", JSON + "; charset=UTF-8", validJson.getBytes(StandardCharsets.UTF_16LE)));
        attacks.add(new Hostile("TIS-620 sent as JSON", JSON, validJson.getBytes(Charset.forName("TIS-620"))));
        attacks.add(new Hostile("UTF-8 declared as ISO-8859-1", JSON + "; charset=ISO-8859-1", valid));
        attacks.add(new Hostile("unknown charset", JSON + "; charset=x-no-such-charset", valid));
        attacks.add(new Hostile("byte order mark first", JSON, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, valid)));
        attacks.add(new Hostile("truncated", JSON, java.util.Arrays.copyOf(valid, valid.length / 2)));
        attacks.add(new Hostile("empty", JSON, new byte[0]));
        attacks.add(new Hostile("null", JSON, "null".getBytes(StandardCharsets.US_ASCII)));
        attacks.add(new Hostile("array instead of object", JSON, ("[" + validJson + "]").getBytes(StandardCharsets.UTF_8)));
        attacks.add(new Hostile("MongoDB operators as keys", JSON,
                "{\"$where\": \"sleep(5000)\", \"$gt\": \"\", \"$expr\": {\"$eq\": [1, 1]}}".getBytes(StandardCharsets.US_ASCII)));
        attacks.add(new Hostile("huge number", JSON, "{\"latitude\": 1e999999999, \"limit\": 99999999999999999999999999}".getBytes(StandardCharsets.US_ASCII)));
        attacks.add(new Hostile("text/plain", "text/plain", valid));
        attacks.add(new Hostile("application/xml", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>".getBytes(StandardCharsets.US_ASCII)));
        attacks.add(new Hostile("form-urlencoded", "application/x-www-form-urlencoded", "ticket_id[$gt]=&description=x".getBytes(StandardCharsets.US_ASCII)));
        attacks.add(new Hostile("multipart without boundary", "multipart/form-data", valid));
        attacks.add(new Hostile("no content type", null, valid));
        return attacks;
    }

    /** One field (a path one level deep at most) replaced by one hostile value. */
    record FieldAttack(List<String> path, String valueName, JsonNode value) {

        String name() {
            return String.join(".", path) + " = " + valueName;
        }

        /** The attack on a body of the same shape (e.g. a fresh record of the same endpoint). */
        Hostile on(String validJson) {
            ObjectNode copy = (ObjectNode) Gateway.JSON.readTree(validJson);
            ObjectNode parent = copy;
            for (String step : path.subList(0, path.size() - 1)) {
                if (!(parent.get(step) instanceof ObjectNode inner)) {
                    return new Hostile(name(), JSON, Gateway.JSON.writeValueAsBytes(copy.set(step, value)));
                }
                parent = inner;
            }
            parent.set(path.get(path.size() - 1), value);
            return new Hostile(name(), JSON, Gateway.JSON.writeValueAsBytes(copy));
        }
    }

    /** Each field of the body (one level into nested objects) replaced in turn by each hostile value. */
    static List<FieldAttack> fieldAttacks(String validJson) {
        List<FieldAttack> attacks = new ArrayList<>();
        for (List<String> path : fieldPaths(Gateway.JSON.readTree(validJson))) {
            hostileValues().forEach((name, value) -> attacks.add(new FieldAttack(path, name, value)));
        }
        return attacks;
    }

    static List<Hostile> perField(String validJson) {
        return fieldAttacks(validJson).stream().map(attack -> attack.on(validJson)).toList();
    }

    static Map<String, JsonNode> hostileValues() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("{\"$gt\": \"\"}", Gateway.JSON.readTree("{\"$gt\": \"\"}"));
        values.put("{\"$ne\": null}", Gateway.JSON.readTree("{\"$ne\": null}"));
        values.put("{\"$where\": \"sleep(5000)\"}", Gateway.JSON.readTree("{\"$where\": \"sleep(5000)\"}"));
        values.put("[\"$regex\", \".*\"]", Gateway.JSON.readTree("[\"$regex\", \".*\"]"));
        values.put("-1e308", Gateway.JSON.readTree("-1e308"));
        values.put("120,000 characters", Gateway.JSON.getNodeFactory().textNode("ก".repeat(20_000) + "A".repeat(100_000)));
        values.put("control and bidi characters", Gateway.JSON.getNodeFactory().textNode(
                "\u0000\u202e\u200b\u0e31\u0e31\u0e31\u0e31\ud83d\ude00<script>alert(1)</script>'; DROP TABLE x;--"));
        return values;
    }

    private static List<List<String>> fieldPaths(JsonNode template) {
        List<List<String>> paths = new ArrayList<>();
        Iterator<String> names = template.propertyNames().iterator();
        while (names.hasNext()) {
            String name = names.next();
            paths.add(List.of(name));
            JsonNode child = template.get(name);
            if (child.isObject()) {
                Iterator<String> inner = child.propertyNames().iterator();
                while (inner.hasNext()) {
                    paths.add(List.of(name, inner.next()));
                }
            }
        }
        return paths;
    }

    private static byte[] padded(String validJson, int size) {
        String pad = "\"padding\": \"" + "x".repeat(Math.max(0, size - validJson.length())) + "\", ";
        return ("{" + pad + validJson.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withInvalidUtf8(String validJson) {
        int at = validJson.indexOf(':') + 3;
        byte[] head = validJson.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = validJson.substring(at).getBytes(StandardCharsets.UTF_8);
        return concat(head, new byte[] {(byte) 0xc3, 0x28, (byte) 0xff, (byte) 0xe0, (byte) 0xb8}, tail);
    }

    private static byte[] concat(byte[] a, byte[]... rest) {
        int length = a.length;
        for (byte[] r : rest) {
            length += r.length;
        }
        byte[] all = java.util.Arrays.copyOf(a, length);
        int at = a.length;
        for (byte[] r : rest) {
            System.arraycopy(r, 0, all, at, r.length);
            at += r.length;
        }
        return all;
    }
}
