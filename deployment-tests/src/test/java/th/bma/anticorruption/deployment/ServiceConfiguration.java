package th.bma.anticorruption.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code application.yml} as Spring would merge it for a set of profiles: the profile-less document,
 * then each document whose {@code spring.config.activate.on-profile} is active. Keys are flattened and relaxed
 * ({@code dlq-name} and {@code dlqName} are one key), as Spring's binder treats them.
 */
final class ServiceConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final List<Document> documents;

    private ServiceConfiguration(List<Document> documents) {
        this.documents = documents;
    }

    static ServiceConfiguration of(String module) {
        List<Document> documents = new ArrayList<>();
        for (Map<String, Object> yaml : Repository.yamlDocuments(module + "/src/main/resources/application.yml")) {
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", yaml, flat);
            documents.add(new Document(flat.get("spring.config.activate.on-profile"), flat));
        }
        return new ServiceConfiguration(documents);
    }

    /** The merged properties for these profiles (later documents win). */
    Map<String, String> properties(String... profiles) {
        Set<String> active = Set.of(profiles);
        Map<String, String> merged = new LinkedHashMap<>();
        documents.stream().filter(d -> d.profile() == null || active.contains(d.profile()))
                .forEach(d -> merged.putAll(d.properties()));
        return merged;
    }

    Optional<String> property(String relaxedName, String... profiles) {
        return Optional.ofNullable(properties(profiles).get(relaxed(relaxedName))).map(v -> resolve(v, profiles));
    }

    /** Environment variables named in placeholders, with whether each has a default ({@code ${NAME:default}}). */
    Map<String, Boolean> environmentPlaceholders(String... profiles) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (String value : properties(profiles).values()) {
            Matcher matcher = PLACEHOLDER.matcher(value);
            while (matcher.find()) {
                if (ENVIRONMENT_NAME.matcher(matcher.group(1)).matches()) {
                    names.merge(matcher.group(1), matcher.group(2) != null, Boolean::logicalAnd);
                }
            }
        }
        return names;
    }

    /** The Spring Cloud Stream bindings for these profiles, by binding name. */
    Map<String, Binding> bindings(String... profiles) {
        Map<String, String> properties = properties(profiles);
        Set<String> names = new LinkedHashSet<>();
        Pattern binding = Pattern.compile("spring\\.cloud\\.stream\\.(?:kafka\\.)?bindings\\.([^.]+)\\..*");
        properties.keySet().forEach(key -> {
            Matcher matcher = binding.matcher(key);
            if (matcher.matches()) {
                names.add(matcher.group(1));
            }
        });
        Map<String, Binding> bindings = new LinkedHashMap<>();
        for (String name : names) {
            String common = "spring.cloud.stream.bindings." + name + ".";
            // a binding's own setting, else the one every binding takes (spring.cloud.stream.default.*)
            String all = "spring.cloud.stream.default.";
            String kafka = "spring.cloud.stream.kafka.bindings." + name + ".consumer.";
            bindings.put(name, new Binding(name,
                    value(properties, common + "destination", profiles).orElse(name),
                    value(properties, common + "group", profiles)
                            .or(() -> value(properties, all + "group", profiles)).orElse(null),
                    value(properties, common + "consumer.concurrency", profiles)
                            .or(() -> value(properties, all + "consumer.concurrency", profiles))
                            .map(Integer::parseInt).orElse(1),
                    value(properties, kafka + "dlq-name", profiles).orElse(null),
                    value(properties, kafka + "start-offset", profiles).orElse(null)));
        }
        return bindings;
    }

    private Optional<String> value(Map<String, String> properties, String key, String... profiles) {
        return Optional.ofNullable(properties.get(relaxed(key))).map(v -> resolve(v, profiles));
    }

    /** Resolves {@code ${property}} placeholders that name other properties of the same file. */
    private String resolve(String value, String... profiles) {
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String own = properties(profiles).get(relaxed(matcher.group(1)));
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(own != null ? own : matcher.group()));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    static String relaxed(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? relaxed(k.toString()) : prefix + "." + relaxed(k.toString()),
                    v, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, String.valueOf(value));
        }
    }

    private record Document(String profile, Map<String, String> properties) {
    }

    /** One binding: a consumer ({@code -in-}) or a producer ({@code -out-}) of a destination. */
    record Binding(String name, String destination, String group, int concurrency, String deadLetterTopic,
            String startOffset) {

        boolean consumer() {
            return name.matches(".*-in-\\d+");
        }
    }
}
