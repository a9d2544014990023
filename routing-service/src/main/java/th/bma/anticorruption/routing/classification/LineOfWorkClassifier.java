package th.bma.anticorruption.routing.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.UnitKind;
import th.bma.anticorruption.routing.directory.UnitMatch;
import th.bma.anticorruption.support.text.ThaiWords;

/**
 * Finds the line of work (สายงาน) of a complaint from three signals, strongest first: the organisation the channel sent
 * it to (Traffy's {@code ฝ่ายโยธา เขตประเวศ} is public works), the channel's categories, and keywords in the text.
 * Each signal adds weight to a line; the confidence grows with the winning line's weight and shrinks when other lines
 * compete (a public-works organisation with a text about street vendors is not a confident call). A section or bureau
 * of no line ({@code ฝ่ายทะเบียน}) and the lexicon's OTHER words ({@code ทะเบียนบ้าน}) are signs of another line, as
 * sure as a long text without any sign. Without any signal the complaint is OTHER, confidently so only if the text is
 * long enough to have shown a signal.
 */
public final class LineOfWorkClassifier {

    static final double ORGANISATION_WEIGHT = 1.5;
    static final double CATEGORY_WEIGHT = 1.0;
    static final double KEYWORD_WEIGHT = 0.5;
    static final int MAX_KEYWORDS_COUNTED = 4;
    static final int WORDS_FOR_A_CONFIDENT_OTHER = 8;
    static final double CONFIDENT_OTHER = 0.7;
    static final double UNSURE_OTHER = 0.3;

    private final Directory directory;
    private final Map<LineOfWork, Matcher> lines = new EnumMap<>(LineOfWork.class);
    private final Map<String, Matcher> topics;

    public LineOfWorkClassifier(Directory directory, Lexicon lexicon) {
        this.directory = directory;
        lexicon.linesOfWork().forEach((line, entry) -> lines.put(line, new Matcher(entry)));
        this.topics = new java.util.LinkedHashMap<>();
        lexicon.topics().forEach((topic, entry) -> topics.put(topic, new Matcher(entry)));
    }

    public Classification classify(ComplaintSummary complaint) {
        List<String> words = ThaiWords.of(complaint.description());
        List<String> categories = complaint.categories() == null ? List.of() : complaint.categories();
        Map<LineOfWork, Double> weight = new EnumMap<>(LineOfWork.class);
        List<String> evidence = new ArrayList<>();
        Optional<UnitMatch> organisation = directory.resolve(complaint.organisation());

        organisation.flatMap(UnitMatch::lineOfWork).or(() -> organisation.filter(this::ownsNoLine)
                .map(match -> LineOfWork.OTHER)).ifPresent(line -> {
                    weight.merge(line, ORGANISATION_WEIGHT, Double::sum);
                    evidence.add("organisation " + complaint.organisation() + " → " + line);
                });
        Map<LineOfWork, List<String>> found = new EnumMap<>(LineOfWork.class);
        lines.forEach((line, matcher) -> found.put(line, matcher.keywordsIn(words)));
        lines.forEach((line, matcher) -> {
            for (String category : matcher.categoriesIn(categories)) {
                weight.merge(line, CATEGORY_WEIGHT, Double::sum);
                evidence.add("category " + category + " → " + line);
            }
            List<String> keywords = found.get(line).stream().filter(k -> !insideAnotherLines(k, line, found)).toList();
            keywords.stream().limit(MAX_KEYWORDS_COUNTED).forEach(k -> weight.merge(line, KEYWORD_WEIGHT, Double::sum));
            keywords.forEach(k -> evidence.add("keyword " + k + " → " + line));
        });
        Set<String> foundTopics = new TreeSet<>();
        organisation.ifPresent(match -> topics.keySet().stream().filter(match::hasTopic).forEach(topic -> {
            foundTopics.add(topic);
            evidence.add("organisation " + complaint.organisation() + " → " + topic);
        }));
        topics.forEach((topic, matcher) -> {
            List<String> hits = new ArrayList<>(matcher.categoriesIn(categories));
            hits.addAll(matcher.keywordsIn(words));
            if (!hits.isEmpty()) {
                foundTopics.add(topic);
                hits.forEach(hit -> evidence.add("keyword " + hit + " → " + topic));
            }
        });
        return decide(weight, words.size(), foundTopics, evidence);
    }

    private static Classification decide(Map<LineOfWork, Double> weight, int wordCount, Set<String> topics,
            List<String> evidence) {
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            boolean enoughText = wordCount >= WORDS_FOR_A_CONFIDENT_OTHER;
            evidence.add(enoughText ? "no sign of a specific line of work" : "too little text to tell the line of work");
            return new Classification(LineOfWork.OTHER, enoughText ? CONFIDENT_OTHER : UNSURE_OTHER, Set.copyOf(topics),
                    List.copyOf(evidence));
        }
        Map.Entry<LineOfWork, Double> best = weight.entrySet().stream()
                .max(Map.Entry.<LineOfWork, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow();
        double strength = 1 - Math.exp(-best.getValue());
        if (best.getKey() == LineOfWork.OTHER) {
            // A sign of another line (a registration section, a house register) is as sure as a long text without any.
            strength = Math.max(strength, CONFIDENT_OTHER);
        }
        double agreement = best.getValue() / total;
        double confidence = Math.round(strength * agreement * 100) / 100.0;
        return new Classification(best.getKey(), confidence, Set.copyOf(topics), List.copyOf(evidence));
    }

    /** A word inside a longer one of another line found (ทางเท้า in ตั้งโต๊ะบนทางเท้า) is that phrase's sign, not its own. */
    private static boolean insideAnotherLines(String keyword, LineOfWork line, Map<LineOfWork, List<String>> found) {
        return found.entrySet().stream().filter(e -> e.getKey() != line).flatMap(e -> e.getValue().stream())
                .anyMatch(other -> other.length() > keyword.length() && other.contains(keyword));
    }

    /**
     * A section or bureau of no line of work and no topic (ฝ่ายทะเบียน, สำนักการระบายน้ำ): its complaints are of
     * another line. A district office as a whole says nothing of the line.
     */
    private boolean ownsNoLine(UnitMatch match) {
        boolean specific = match.section() != null || match.unit().kind() == UnitKind.BUREAU;
        return specific && topics.keySet().stream().noneMatch(match::hasTopic);
    }

    /** Categories compared as written (case-insensitive), keywords as word sequences. */
    private static final class Matcher {
        private final Set<String> categories = new LinkedHashSet<>();
        private final Map<String, List<String>> keywords = new java.util.LinkedHashMap<>();

        Matcher(Lexicon.Entry entry) {
            entry.categories().forEach(c -> categories.add(c.strip().toLowerCase(Locale.ROOT)));
            entry.keywords().forEach(k -> keywords.put(k, ThaiWords.of(k)));
        }

        List<String> categoriesIn(List<String> given) {
            return given.stream().filter(c -> c != null && categories.contains(c.strip().toLowerCase(Locale.ROOT)))
                    .distinct().toList();
        }

        List<String> keywordsIn(List<String> words) {
            List<String> found = new ArrayList<>();
            keywords.forEach((keyword, phrase) -> {
                if (ThaiWords.containsPhrase(words, phrase)) {
                    found.add(keyword);
                }
            });
            return found;
        }
    }
}
