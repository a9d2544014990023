package th.bma.anticorruption.routing.rules;

import java.util.List;

import th.bma.anticorruption.contracts.LineOfWork;

/**
 * When a rule applies. Every field given must hold (and); within a list any entry may (or); an empty condition matches
 * every complaint (the catch-all). Position levels compare exactly (ชำนาญการ is not ชำนาญการพิเศษ); a position title
 * matches the accused's position from its start (ผู้อำนวยการเขต matches ผู้อำนวยการเขตปทุมวัน but not ผู้ช่วยผู้อำนวยการเขต).
 * {@code accusedUnit} lists what must be known of the accused's unit (e.g. NAMED and INFERRED: the complaint accuses
 * staff of a unit routing can name). {@code screeningDoubted} true matches only complaints intake's screening was
 * unsure of (no screening rule took them in, only the learned signal), false only the others.
 */
public record RuleCondition(
        List<String> positionLevels,
        List<String> positionTitles,
        List<LineOfWork> linesOfWork,
        List<String> topics,
        Double confidenceBelow,
        List<AccusedUnitFinding> accusedUnit,
        Boolean screeningDoubted) {

    public RuleCondition {
        positionLevels = normalisedList(positionLevels);
        positionTitles = normalisedList(positionTitles);
        linesOfWork = linesOfWork == null ? List.of() : List.copyOf(linesOfWork);
        topics = topics == null ? List.of() : List.copyOf(topics);
        accusedUnit = accusedUnit == null ? List.of() : List.copyOf(accusedUnit);
    }

    public static RuleCondition always() {
        return new RuleCondition(null, null, null, null, null, null, null);
    }

    public boolean isCatchAll() {
        return positionLevels.isEmpty() && positionTitles.isEmpty() && linesOfWork.isEmpty() && topics.isEmpty()
                && confidenceBelow == null && accusedUnit.isEmpty() && screeningDoubted == null;
    }

    public boolean matches(RoutingFacts facts) {
        if (!positionLevels.isEmpty() && (facts.positionLevel() == null
                || !positionLevels.contains(facts.positionLevel()))) {
            return false;
        }
        if (!positionTitles.isEmpty() && (facts.position() == null
                || positionTitles.stream().noneMatch(facts.position()::startsWith))) {
            return false;
        }
        if (!linesOfWork.isEmpty() && !linesOfWork.contains(facts.lineOfWork())) {
            return false;
        }
        if (!topics.isEmpty() && topics.stream().noneMatch(facts.topics()::contains)) {
            return false;
        }
        if (!accusedUnit.isEmpty() && !accusedUnit.contains(facts.accusedUnit())) {
            return false;
        }
        if (screeningDoubted != null && screeningDoubted != facts.screeningDoubted()) {
            return false;
        }
        return confidenceBelow == null || facts.confidence() < confidenceBelow;
    }

    private static List<String> normalisedList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> v == null ? "" : PositionNames.normalise(v)).map(v -> v == null ? "" : v)
                .toList();
    }
}
