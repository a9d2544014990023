package th.bma.anticorruption.intake.screening;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A second opinion beside the rules, learned from labelled examples: a naive Bayes ({@link NaiveBayes}) over a text's
 * words, pairs of neighbouring words and character n-grams ({@link TextFeatures}). It is a fixed part of the service,
 * trained when the service starts from {@code screening/training.tsv} (the corpus's tuning splits), so it is
 * retrained by editing that file; the director's rules stay the part that changes at run time.
 * <p>
 * Its threshold is chosen by cross-validation on the same examples, as the signal acts: each example is scored by a
 * model trained without the batch it was written in ({@link #foldsOf}), so each batch is judged as one written after
 * the model would be; the examples the shipped rules decide are left out (a VETO matches them, or a rule takes them in:
 * the signal is never asked about them), and the threshold is the lowest score at which the rest, the records the
 * signal alone takes in, reach {@value #WANTED_PRECISION} precision, the precision wanted of everything screening
 * accepts. {@link CorruptionScreening} consults it when no rule decided, and as a second
 * look at what an IN_SCOPE text rule takes straight through: a record it scores below its
 * {@link #secondLookFloor() floor} goes to triage instead. The floor is the score that all but
 * {@value #SECOND_LOOK_SHARE} of the training accusations the shipped rules take straight through reach, cross-validated
 * the same way: nearly every accusation the rules were written from reads as one to the model, so a rule match the
 * model reads as nothing like an accusation is more often a trap the rules have not met.
 */
public final class LearnedSignal {

    /** The rule id a verdict names when the learned signal put a record in scope. */
    public static final String RULE_ID = "LEARNED-SIGNAL";
    /** The reason a verdict gives when the learned signal put a record in scope. */
    public static final String REASON = "learned-signal";
    static final int FOLDS = 5;
    static final double WANTED_PRECISION = 0.90;
    /** The share of the training accusations taken straight through that may score below the second-look floor. */
    static final double SECOND_LOOK_SHARE = 0.01;

    private final NaiveBayes model;
    private final double threshold;
    private final double secondLookFloor;
    private final double[] outOfFoldScores;

    private LearnedSignal(NaiveBayes model, double threshold, double secondLookFloor, double[] outOfFoldScores) {
        this.model = model;
        this.threshold = threshold;
        this.secondLookFloor = secondLookFloor;
        this.outOfFoldScores = outOfFoldScores;
    }

    /** Trained on the examples shipped with the service, its threshold chosen beside the shipped rules. */
    public static LearnedSignal trainedOnShippedExamples() {
        ScreeningRuleSet shipped = ScreeningRuleSet.of(0, ScreeningRuleSeed.loadDefault(Instant.EPOCH));
        Map<String, ScreeningVerdict> byRules = new HashMap<>();
        Function<String, ScreeningVerdict> rules = text -> byRules.computeIfAbsent(text,
                t -> shipped.screen(List.of(), t));
        return trainedOn(TrainingExample.shipped(),
                text -> rules.apply(text).inScope() || shipped.anyVetoMatches(text),
                text -> CorruptionScreening.takesStraightThrough(rules.apply(text)));
    }

    /**
     * Trained on {@code examples}; {@code neverSignalled} names the texts the signal is never asked about (those the
     * rules decide: a VETO rule matches them or a rule takes them in), which therefore count neither way when the
     * threshold is chosen; {@code straightThrough}
     * names the texts an IN_SCOPE text rule takes straight through, whose accusations set the second-look floor.
     */
    static LearnedSignal trainedOn(List<TrainingExample> examples, Predicate<String> neverSignalled,
            Predicate<String> straightThrough) {
        List<Set<String>> features = examples.stream().map(e -> TextFeatures.of(e.text())).toList();
        List<Boolean> labels = examples.stream().map(TrainingExample::inScope).toList();
        int[] fold = foldsOf(examples);
        NaiveBayes folded = NaiveBayes.fit(features, labels, example -> fold[example],
                Arrays.stream(fold).max().orElse(0) + 1);
        double[] outOfFold = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            outOfFold[i] = folded.scoreWithout(fold[i], features.get(i));
        }
        List<Boolean> unasked = examples.stream().map(e -> neverSignalled.test(e.text())).toList();
        double[] accusationsTakenStraight = new double[examples.size()];
        int taken = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (labels.get(i) && straightThrough.test(examples.get(i).text())) {
                accusationsTakenStraight[taken++] = outOfFold[i];
            }
        }
        return new LearnedSignal(folded, thresholdFor(outOfFold, labels, unasked),
                secondLookFloorFor(Arrays.copyOf(accusationsTakenStraight, taken)), outOfFold);
    }

    /**
     * Each example's fold: its batch, when the examples come from at least {@value #FOLDS} batches (rows of one batch
     * share a writer's turns of phrase, so a model that has seen the batch would judge its rows too kindly); else
     * every {@value #FOLDS}th example.
     */
    static int[] foldsOf(List<TrainingExample> examples) {
        Map<String, Integer> batches = new HashMap<>();
        int[] fold = new int[examples.size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = batches.computeIfAbsent(examples.get(i).batch(), batch -> batches.size());
        }
        if (batches.size() < FOLDS) {
            Arrays.setAll(fold, i -> i % FOLDS);
        }
        return fold;
    }

    /**
     * The score below which no more than {@value #SECOND_LOOK_SHARE} of {@code accusationScores} fall (0, never
     * looking twice, when there are none).
     */
    static double secondLookFloorFor(double[] accusationScores) {
        if (accusationScores.length == 0) {
            return 0;
        }
        double[] sorted = accusationScores.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(SECOND_LOOK_SHARE * sorted.length)];
    }

    /**
     * The lowest score at which the out-of-fold scores of the examples the signal is asked about (not {@code unasked})
     * reach the wanted precision (above 1 if none does: the signal never fires).
     */
    static double thresholdFor(double[] scores, List<Boolean> labels, List<Boolean> unasked) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int signalled = 0;
        int inScope = 0;
        double threshold = Double.POSITIVE_INFINITY;
        for (int rank = 0; rank < order.length; rank++) {
            int example = order[rank];
            if (!unasked.get(example)) {
                signalled++;
                inScope += labels.get(example) ? 1 : 0;
            }
            boolean lastOfTies = rank + 1 == order.length || scores[order[rank + 1]] < scores[example];
            if (lastOfTies && signalled > 0 && inScope >= WANTED_PRECISION * signalled) {
                threshold = scores[example];
            }
        }
        return threshold;
    }

    /** How strongly the model reads the text as about corruption, from 0 to 1. */
    public double score(String text) {
        return model.score(TextFeatures.of(text));
    }

    /** The score from which the signal puts a record in scope. */
    public double threshold() {
        return threshold;
    }

    /**
     * The score below which a record an IN_SCOPE text rule takes in goes to triage as doubted rather than straight
     * through: the rules and the model disagree too much for no officer to look.
     */
    public double secondLookFloor() {
        return secondLookFloor;
    }

    /** The score of each training example by the model trained without its fold, in the examples' order. */
    double[] outOfFoldScores() {
        return outOfFoldScores.clone();
    }
}
