package th.bma.anticorruption.gateway.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * Keeps two services' different components of the same name apart: the later service's component is renamed to
 * the service name plus its own name ({@code Entry} of case tracking becomes {@code CasesEntry}) and every
 * {@code $ref} in that service's document follows, so each operation still points at its own service's schema.
 */
final class ComponentNames {

    /** The component kinds the merger combines, as named under {@code components}. */
    static final List<String> KINDS = List.of("schemas", "parameters", "responses", "requestBodies", "headers",
            "examples");

    private ComponentNames() {
    }

    /**
     * The service's document with each component whose name is already taken in {@code merged} by a different
     * definition renamed (a new document; the one given is not changed). Equal definitions are shared as they are.
     */
    static OpenAPI qualifyClashes(String service, OpenAPI document, Components merged) {
        Map<String, String> renamed = clashes(service, document.getComponents(), merged);
        if (renamed.isEmpty()) {
            return document;
        }
        ObjectNode tree = Json31.mapper().valueToTree(document);
        ObjectNode components = (ObjectNode) tree.get("components");
        renamed.forEach((from, to) -> {
            String[] kindAndName = from.split("/", 2);
            ObjectNode ofKind = (ObjectNode) components.get(kindAndName[0]);
            JsonNode definition = ofKind.remove(kindAndName[1]);
            ofKind.set(to.substring(kindAndName[0].length() + 1), definition);
        });
        rewriteReferences(tree, renamed);
        try {
            return Json31.mapper().treeToValue(tree, OpenAPI.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot rename the components of " + service, e);
        }
    }

    /** "kind/Name" to "kind/ServiceName" for each clash. */
    private static Map<String, String> clashes(String service, Components own, Components merged) {
        Map<String, String> renamed = new LinkedHashMap<>();
        if (own == null) {
            return renamed;
        }
        String prefix = Character.toUpperCase(service.charAt(0)) + service.substring(1);
        for (String kind : KINDS) {
            Map<String, ?> ours = ofKind(own, kind);
            Map<String, ?> taken = ofKind(merged, kind);
            if (ours == null || taken == null) {
                continue;
            }
            ours.forEach((name, definition) -> {
                Object present = taken.get(name);
                if (present != null && !Objects.equals(present, definition)) {
                    renamed.put(kind + "/" + name, kind + "/" + prefix + name);
                }
            });
        }
        return renamed;
    }

    static Map<String, ?> ofKind(Components components, String kind) {
        switch (kind) {
            case "schemas":
                return components.getSchemas();
            case "parameters":
                return components.getParameters();
            case "responses":
                return components.getResponses();
            case "requestBodies":
                return components.getRequestBodies();
            case "headers":
                return components.getHeaders();
            case "examples":
                return components.getExamples();
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.put("$ref", renamedReference(ref.asText(), renamed));
            }
        }
        node.forEach(child -> rewriteReferences(child, renamed));
    }

    private static String renamedReference(String ref, Map<String, String> renamed) {
        for (Map.Entry<String, String> rename : renamed.entrySet()) {
            String from = "#/components/" + rename.getKey();
            if (ref.equals(from) || ref.startsWith(from + "/")) {
                return "#/components/" + rename.getValue() + ref.substring(from.length());
            }
        }
        return ref;
    }
}
