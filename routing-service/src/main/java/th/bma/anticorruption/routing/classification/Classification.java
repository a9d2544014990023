package th.bma.anticorruption.routing.classification;

import java.util.List;
import java.util.Set;

import th.bma.anticorruption.contracts.LineOfWork;

/**
 * The line of work a complaint belongs to, how sure the classifier is (0..1), the topics found (e.g. EDUCATION, the
 * area of working group 1) and the evidence, e.g. {@code organisation ฝ่ายเทศกิจ เขตปทุมวัน → CITY_LAW_ENFORCEMENT}.
 */
public record Classification(LineOfWork lineOfWork, double confidence, Set<String> topics, List<String> evidence) {

    /** An officer's own judgement (triage): certain, by definition. */
    public static Classification byOfficer(LineOfWork lineOfWork, Set<String> topics) {
        return new Classification(lineOfWork, 1.0, topics, List.of("officer decided line of work " + lineOfWork));
    }
}
