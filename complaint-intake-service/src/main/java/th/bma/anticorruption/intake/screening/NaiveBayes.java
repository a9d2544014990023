package th.bma.anticorruption.intake.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multinomial naive Bayes over feature sets (each feature counted once per text), with add-one smoothing. Its
 * score is the posterior odds of "in scope" with the features' evidence summed and divided by the square root of
 * their number, so that a long ticket is not judged by its length alone: a rambling description of a flood with one
 * sentence about a bribe keeps a score comparable to a short one. (Plain sums and plain means ranked the tuning split
 * worse under cross-validation.)
 */
final class NaiveBayes {

    private static final double SMOOTHING = 1.0;

    private final Map<String, Double> evidence;
    private final double prior;

    private NaiveBayes(Map<String, Double> evidence, double prior) {
        this.evidence = evidence;
        this.prior = prior;
    }

    static NaiveBayes fit(List<Set<String>> texts, List<Boolean> inScope) {
        Map<String, int[]> counts = new HashMap<>();
        long[] totals = new long[2];
        int[] documents = new int[2];
        for (int i = 0; i < texts.size(); i++) {
            int label = inScope.get(i) ? 1 : 0;
            documents[label]++;
            for (String feature : texts.get(i)) {
                counts.computeIfAbsent(feature, f -> new int[2])[label]++;
                totals[label]++;
            }
        }
        double vocabulary = counts.size();
        double inDenominator = totals[1] + SMOOTHING * vocabulary;
        double outDenominator = totals[0] + SMOOTHING * vocabulary;
        Map<String, Double> evidence = new HashMap<>(counts.size() * 2);
        counts.forEach((feature, count) -> evidence.put(feature, Math.log((count[1] + SMOOTHING) / inDenominator)
                - Math.log((count[0] + SMOOTHING) / outDenominator)));
        double prior = Math.log((documents[1] + SMOOTHING) / (documents[0] + SMOOTHING));
        return new NaiveBayes(evidence, prior);
    }

    /** The probability the model gives "in scope", from 0 to 1. */
    double score(Set<String> features) {
        double sum = 0;
        int known = 0;
        for (String feature : features) {
            Double weight = evidence.get(feature);
            if (weight != null) {
                sum += weight;
                known++;
            }
        }
        double logOdds = prior + (known == 0 ? 0 : sum / Math.sqrt(known));
        return 1 / (1 + Math.exp(-logOdds));
    }
}
