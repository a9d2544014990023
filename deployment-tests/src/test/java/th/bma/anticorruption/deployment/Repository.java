package th.bma.anticorruption.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository's files as the deployment shapes use them, read from the working tree. */
final class Repository {

    /** The module's tests run in deployment-tests/; the repository is its parent. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** A variable compose requires: {@code ${NAME:?message}} or {@code ${NAME?message}}. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("(?<!\\$)\\$\\{(\\w+):?\\?");

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML document of a file (merge keys resolved), in order; empty documents left out. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String relative) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(options).loadAll(read(relative))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    static Map<String, Object> yaml(String relative) {
        return yamlDocuments(relative).get(0);
    }

    /** The variables docker-compose.yml cannot do without. */
    static Set<String> variablesComposeRequires() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = REQUIRED_VARIABLE.matcher(read("docker-compose.yml"));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The variables ops/make-secrets.sh writes to .env (its {@code put NAME ...} lines). */
    static Set<String> variablesMakeSecretsWrites() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("(?m)^put (\\w+) ").matcher(read("ops/make-secrets.sh"));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
