package th.bma.anticorruption.intake.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A naive Bayes over feature sets (each feature present or not in a text). A feature's evidence is the log ratio of
 * the shares of in-scope and out-of-scope texts that hold it, each smoothed by adding one text that holds it and one
 * that does not; a text's score is the posterior odds of "in scope" with the evidence of its known features summed
 * and divided by the square root of their number, so that a long ticket is not judged by its length alone: a rambling
 * description of a flood with one sentence about a bribe keeps a score comparable to a short one. (Evidence from the
 * shares of feature occurrences, as a multinomial model counts it, and plain sums or plain means of the evidence
 * ranked the tuning splits worse under cross-validation and when each split was scored by a model trained on the
 * others.)
 */
final class NaiveBayes {

    private static final double SMOOTHING = 1.0;
    private static final int OUT = 0;
    private static final int IN = 1;

    /** Per feature, how many texts of each part and label hold it, at {@code 2 * part + label}, then the totals. */
    private final Map<String, int[]> holding;
    /** How many texts of each part and label there are, laid out the same way. */
    private final int[] documents;
    private final int parts;

    private NaiveBayes(Map<String, int[]> holding, int[] documents, int parts) {
        this.holding = holding;
        this.documents = documents;
        this.parts = parts;
    }

    static NaiveBayes fit(List<Set<String>> texts, List<Boolean> inScope) {
        return fit(texts, inScope, text -> 0, 1);
    }

    /**
     * Trained on all {@code texts}, each in one of {@code parts} parts ({@code partOf} gives a text's), and able to
     * score as the model trained without any one part would ({@link #scoreWithout}): cross-validation counts once.
     */
    static NaiveBayes fit(List<Set<String>> texts, List<Boolean> inScope, IntUnaryOperator partOf, int parts) {
        int total = 2 * parts;
        Map<String, int[]> holding = new HashMap<>();
        int[] documents = new int[total + 2];
        for (int i = 0; i < texts.size(); i++) {
            int label = inScope.get(i) ? IN : OUT;
            int at = 2 * partOf.applyAsInt(i) + label;
            documents[at]++;
            documents[total + label]++;
            for (String feature : texts.get(i)) {
                int[] count = holding.computeIfAbsent(feature, f -> new int[total + 2]);
                count[at]++;
                count[total + label]++;
            }
        }
        return new NaiveBayes(holding, documents, parts);
    }

    /** The probability the model gives "in scope", from 0 to 1. */
    double score(Set<String> features) {
        return scoreWithout(-1, features);
    }

    /** The score by the model trained without the texts of {@code part} (-1: with all of them). */
    double scoreWithout(int part, Set<String> features) {
        double inDocuments = held(documents, part, IN);
        double outDocuments = held(documents, part, OUT);
        double inDenominator = inDocuments + 2 * SMOOTHING;
        double outDenominator = outDocuments + 2 * SMOOTHING;
        double sum = 0;
        int known = 0;
        for (String feature : features) {
            int[] count = holding.get(feature);
            if (count == null) {
                continue;
            }
            int in = held(count, part, IN);
            int out = held(count, part, OUT);
            if (in + out > 0) {
                sum += Math.log((in + SMOOTHING) / inDenominator) - Math.log((out + SMOOTHING) / outDenominator);
                known++;
            }
        }
        double prior = Math.log((inDocuments + SMOOTHING) / (outDocuments + SMOOTHING));
        double logOdds = prior + (known == 0 ? 0 : sum / Math.sqrt(known));
        return 1 / (1 + Math.exp(-logOdds));
    }

    private int held(int[] counts, int withoutPart, int label) {
        int all = counts[2 * parts + label];
        return withoutPart < 0 ? all : all - counts[2 * withoutPart + label];
    }
}
