package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Screening measured on a labelled corpus: descriptions written the way Traffy tickets and 1555 call notes read, in and
 * out of scope, traps included. The tuning splits ({@code screening/training.tsv}, shipped with the service) are what
 * the rules were tuned on and what the learned signal is trained on: {@code tuning}; {@code tuning-3}, which was the
 * held-out split {@code heldout-3} until 5 December 2026; {@code tuning-4}, which was the held-out split
 * {@code heldout-4} until later that day; {@code tuning-6}, which was the held-out split {@code heldout-6} until later
 * still; {@code tuning-7} to {@code tuning-12}, which were the held-out splits {@code heldout-7} to
 * {@code heldout-12}, and {@code tuning-13} and {@code tuning-14}, which were {@code heldout-14} and
 * {@code heldout-15}, until the rules were next changed after each. Each was seen once its blind figures were
 * recorded: its misses were studied and the rules and the training data changed after them (measured as tuning since). Every
 * other split ({@code screening/corpus.tsv}, test only) is held out: {@code heldout} was written with the first tuning
 * rows, before any rule; {@code heldout-2} was written later, in new wording, and committed before the rules were
 * changed again; {@code heldout-5} (operators' third-person notes, formal letters, run-on text, typos, English, new
 * traps) was committed and measured blind before the rules were changed after {@code heldout-4}'s misses;
 * {@code heldout-13} and {@code heldout-16} to {@code heldout-19} (further batches in the same spirit as
 * {@code heldout-6} to {@code heldout-12}, each written without sight of the rules or any corpus row) were committed
 * and measured blind.
 * Held-out rows are reported by line and category only, so no one tunes against them.
 * <p>
 * Screening as intake runs it: the rules, and the learned signal where no rule takes a record in or as a second look at
 * what a rule takes in. Every record ends one of three ways: accepted straight through (a rule took it in and the
 * learned signal did not score it below its second-look floor), accepted as doubted (a DOUBTED rule or only the learned
 * signal took it in, or the second look failed: routing sends it to the centre's triage) or screened out. For every
 * split the test prints the precision and recall of what is accepted at all, and how many of the accepted went straight
 * through and how many to triage as doubted, with how many of each are really in scope. On the tuning split the learned
 * signal is cross-validated: each row is scored by a model trained without its split. The targets are recall 95 % and
 * precision 90 % of what is accepted at all, and precision 90 % of what goes straight through (no officer looks at it
 * before it reaches a destination). Every held-out split must reach them, or stay at or above the floor it has reached
 * where it does not ({@link #ACCEPTED_FLOORS}, {@link #STRAIGHT_FLOORS}); the recall of what goes straight through (the
 * rules alone) has floors too ({@link #STRAIGHT_RECALL_FLOORS}), so the rules cannot quietly leave more to triage. A
 * floor is raised to what its split reaches, and lowered only with the reason written in docs/intake.md. Every tuning
 * split must reach the accepted-at-all targets, its learned signal cross-validated, or the floor it has reached while
 * it is below them ({@link #TUNING_FLOORS}).
 */
class ScreeningCorpusTest {

    private static final Logger log = LoggerFactory.getLogger(ScreeningCorpusTest.class);
    private static final String CORPUS = "/screening/corpus.tsv";
    /** The splits shipped in {@code screening/training.tsv}: what the rules are tuned on and the signal trained on. */
    private static final Set<String> TUNING = Set.of("tuning", "tuning-3", "tuning-4", "tuning-6", "tuning-7",
            "tuning-8", "tuning-9", "tuning-10", "tuning-11", "tuning-12", "tuning-13", "tuning-14");
    private static final double TARGET_RECALL = 0.95;
    private static final double TARGET_PRECISION = 0.90;
    /**
     * Accepted at all, learned signal cross-validated: what a tuning split that was held out until lately has reached
     * where it is below a target (it must reach the targets once the rules have been tuned against it).
     */
    private static final Map<String, Double> TUNING_FLOORS = Map.of();
    /** Accepted at all: what each held-out split has reached where it is below a target, by figure. */
    private static final Map<String, Double> ACCEPTED_FLOORS = Map.of("heldout-2 precision", 0.89);
    /** Accepted straight through: the precision each held-out split has reached where it is below the target. */
    private static final Map<String, Double> STRAIGHT_FLOORS = Map.of();
    /** Accepted straight through (the rules alone): the recall each held-out split has reached. */
    private static final Map<String, Double> STRAIGHT_RECALL_FLOORS = Map.of("heldout", 0.95, "heldout-2", 0.90,
            "heldout-5", 0.45, "heldout-13", 0.59, "heldout-16", 0.49, "heldout-17", 0.66,
            "heldout-18", 0.46, "heldout-19", 0.42);

    private static final List<Row> ROWS = new ArrayList<>();
    private static final CorruptionScreening SCREENING = CorruptionScreening.withDefaultRulesAndLearnedSignal();

    record Row(long line, String split, String channel, boolean inScope, String category, String text) {

        boolean isTrap() {
            return category.startsWith("trap-");
        }
    }

    /** Where screening sent a record. */
    enum Outcome {
        STRAIGHT_THROUGH, DOUBTED, SCREENED_OUT;

        static Outcome of(ScreeningVerdict verdict) {
            return !verdict.inScope() ? SCREENED_OUT : verdict.doubted() ? DOUBTED : STRAIGHT_THROUGH;
        }
    }

    /** How many records of one part of the corpus ended each way, and how many of those are in scope. */
    static final class Figures {
        private final Map<Outcome, Integer> records = new EnumMap<>(Outcome.class);
        private final Map<Outcome, Integer> inScope = new EnumMap<>(Outcome.class);
        int traps;
        int trapsKeptOut;
        final List<String> misses = new ArrayList<>();

        void count(Row row, Outcome outcome) {
            records.merge(outcome, 1, Integer::sum);
            inScope.merge(outcome, row.inScope() ? 1 : 0, Integer::sum);
            if (row.isTrap()) {
                traps++;
                trapsKeptOut += outcome == Outcome.SCREENED_OUT ? 1 : 0;
            }
        }

        int records(Outcome outcome) {
            return records.getOrDefault(outcome, 0);
        }

        int inScope(Outcome outcome) {
            return inScope.getOrDefault(outcome, 0);
        }

        int accepted() {
            return records(Outcome.STRAIGHT_THROUGH) + records(Outcome.DOUBTED);
        }

        int inScope() {
            return inScope(Outcome.STRAIGHT_THROUGH) + inScope(Outcome.DOUBTED) + inScope(Outcome.SCREENED_OUT);
        }

        /** Of the records accepted at all (straight through or doubted), the share in scope. */
        double precision() {
            return (inScope(Outcome.STRAIGHT_THROUGH) + inScope(Outcome.DOUBTED)) / (double) accepted();
        }

        /** Of the records in scope, the share accepted at all. */
        double recall() {
            return (inScope(Outcome.STRAIGHT_THROUGH) + inScope(Outcome.DOUBTED)) / (double) inScope();
        }

        double straightPrecision() {
            return inScope(Outcome.STRAIGHT_THROUGH) / (double) records(Outcome.STRAIGHT_THROUGH);
        }

        double straightRecall() {
            return inScope(Outcome.STRAIGHT_THROUGH) / (double) inScope();
        }

        int size() {
            return records.values().stream().mapToInt(Integer::intValue).sum();
        }

        String summary(String name) {
            return String.format(Locale.ROOT, "%-9s %3d rows (%3d in scope, %3d traps): accepted %3d,"
                    + " precision %5.1f %%, recall %5.1f %%; straight through %3d (%3d in scope: precision %5.1f %%, recall %5.1f %%),"
                    + " to triage as doubted %2d (%2d in scope); screened out %3d (%2d in scope); traps kept out %d/%d",
                    name, size(), inScope(), traps, accepted(), 100 * precision(), 100 * recall(),
                    records(Outcome.STRAIGHT_THROUGH), inScope(Outcome.STRAIGHT_THROUGH), 100 * straightPrecision(),
                    100 * straightRecall(), records(Outcome.DOUBTED), inScope(Outcome.DOUBTED),
                    records(Outcome.SCREENED_OUT), inScope(Outcome.SCREENED_OUT), trapsKeptOut, traps);
        }
    }

    @BeforeAll
    static void readCorpus() throws IOException {
        read(TrainingExample.SHIPPED);
        read(CORPUS);
    }

    private static void read(String resource) throws IOException {
        try (InputStream in = ScreeningCorpusTest.class.getResourceAsStream(resource);
                CsvReader<NamedCsvRecord> reader = CsvReader.builder().fieldSeparator('\t').quoteCharacter('\u0000')
                        .ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : reader) {
                ROWS.add(new Row(record.getStartingLineNumber(), record.getField("split"), record.getField("channel"),
                        "IN".equals(record.getField("label")), record.getField("category"), record.getField("text")));
            }
        }
    }

    @Test
    void theCorpusIsLargeEnoughAndHoldsTrapsAndAHeldOutSplit() {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(400);
        assertThat(ROWS).filteredOn(Row::isTrap).hasSizeGreaterThanOrEqualTo(100);
        // Every split is a tuning split or a held-out one with its straight-through recall floor, and each occurs.
        assertThat(ROWS).extracting(Row::split).containsOnly(Stream.concat(TUNING.stream(),
                STRAIGHT_RECALL_FLOORS.keySet().stream()).toArray(String[]::new));
        assertThat(ROWS).extracting(Row::channel).containsOnly("traffy", "1555");
        assertThat(ROWS).filteredOn(r -> r.split().equals("heldout")).extracting(Row::text)
                .contains("เจ้าหน้าที่รับเงินเพื่อย้ายชื่อเข้าทะเบียนบ้านโดยไม่มีเอกสารครบ");
        assertThat(ROWS).extracting(Row::text).doesNotHaveDuplicates();
    }

    @Test
    void theTrainingExamplesAreTheTuningSplitsAlone() {
        List<String> tuning = ROWS.stream().filter(r -> TUNING.contains(r.split())).map(Row::text).toList();
        assertThat(TrainingExample.shipped()).extracting(TrainingExample::text).containsExactlyElementsOf(tuning);
    }

    @Test
    void precisionAndRecallOfWhatIsAcceptedAndHowMuchGoesToTriageAsDoubtedOnEverySplit() {
        LearnedSignal learned = SCREENING.learnedSignal().orElseThrow();
        double[] crossValidated = learned.outOfFoldScores();
        Map<String, Figures> bySplit = new TreeMap<>();
        Figures heldOut = new Figures();
        int tuningRow = 0;
        for (Row row : ROWS) {
            boolean tuning = TUNING.contains(row.split());
            double tuningScore = tuning ? crossValidated[tuningRow++] : 0;
            ScreeningVerdict verdict = tuning ? SCREENING.screen(List.of(), row.text(), text -> tuningScore)
                    : SCREENING.screen(List.of(), row.text());
            Outcome outcome = Outcome.of(verdict);
            Figures split = bySplit.computeIfAbsent(row.split(), s -> new Figures());
            split.count(row, outcome);
            if (!tuning) {
                heldOut.count(row, outcome);
            }
            if (verdict.inScope() != row.inScope()) {
                // The held-out rows are named by line and category only, so no one tunes against them.
                split.misses.add("line " + row.line() + " " + row.category() + " " + (verdict.inScope()
                        ? "accepted " + (verdict.doubted() ? "as doubted by " : "straight through by ") + verdict.ruleId()
                        : "missed") + (tuning ? ": " + row.text() : ""));
            }
        }
        log.info("Screening corpus, learned signal threshold {} and second-look floor {} (chosen by cross-validation"
                + " on the tuning splits, each scored by a model trained without it)",
                String.format(Locale.ROOT, "%.3f", learned.threshold()),
                String.format(Locale.ROOT, "%.3f", learned.secondLookFloor()));
        bySplit.forEach((name, figures) -> {
            log.info("Screening corpus {}{}", figures.summary(name),
                    TUNING.contains(name) ? " (learned signal cross-validated)" : againstTargets(figures));
            figures.misses.forEach(miss -> log.info("  {} {}", name, miss));
        });
        log.info("Screening corpus {}{}", heldOut.summary("held-out"), againstTargets(heldOut));

        bySplit.forEach((name, figures) -> {
            if (TUNING.contains(name)) {
                assertThat(figures.precision()).as("cross-validated precision on the tuning split " + name)
                        .isGreaterThanOrEqualTo(TUNING_FLOORS.getOrDefault(name + " precision", TARGET_PRECISION));
                assertThat(figures.recall()).as("cross-validated recall on the tuning split " + name)
                        .isGreaterThanOrEqualTo(TUNING_FLOORS.getOrDefault(name + " recall", TARGET_RECALL));
            } else {
                assertThat(figures.precision()).as("precision of what is accepted on held-out split " + name)
                        .isGreaterThanOrEqualTo(ACCEPTED_FLOORS.getOrDefault(name + " precision", TARGET_PRECISION));
                assertThat(figures.recall()).as("recall of what is accepted on held-out split " + name)
                        .isGreaterThanOrEqualTo(ACCEPTED_FLOORS.getOrDefault(name + " recall", TARGET_RECALL));
                assertThat(figures.straightPrecision()).as("precision of what goes straight through on " + name)
                        .isGreaterThanOrEqualTo(STRAIGHT_FLOORS.getOrDefault(name, TARGET_PRECISION));
                assertThat(figures.straightRecall()).as("recall of what goes straight through on " + name)
                        .isGreaterThanOrEqualTo(STRAIGHT_RECALL_FLOORS.get(name));
            }
        });
        assertThat(heldOut.records(Outcome.DOUBTED)).as("the held-out splits hold records only the learned signal "
                + "takes in, so the doubted path is exercised").isPositive();
    }

    private static String againstTargets(Figures figures) {
        List<String> below = new ArrayList<>();
        if (figures.recall() < TARGET_RECALL) {
            below.add(String.format(Locale.ROOT, "recall below the %.0f %% target", 100 * TARGET_RECALL));
        }
        if (figures.precision() < TARGET_PRECISION) {
            below.add(String.format(Locale.ROOT, "precision below the %.0f %% target", 100 * TARGET_PRECISION));
        }
        if (figures.straightPrecision() < TARGET_PRECISION) {
            below.add(String.format(Locale.ROOT, "straight-through precision below the %.0f %% target",
                    100 * TARGET_PRECISION));
        }
        return below.isEmpty() ? "; meets the targets" : "; " + String.join(", ", below).toUpperCase(Locale.ROOT);
    }
}
