package th.bma.anticorruption.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.routing.decision.RoutingVerdict;

/**
 * Routing measured on a labelled corpus ({@code routing-corpus.csv}): Traffy tickets with the organisation they went
 * to, 1555 call records with district and category, letters, referrals, website forms and walk-ins with the accused
 * as the channel named them, each labelled with the destination kind an officer of the centre would choose (and the
 * body, where it matters) and the unit whose staff it accuses (blank when none must be avoided). Traps: requests that
 * a unit act against a shop, a factory or a building (they may go to that unit), impostors, police, and tickets
 * naming another unit than their organisation. For each part of the corpus apart ({@link Split}: the training part,
 * each held-out batch) it prints the destination kind's accuracy, precision and recall per kind, the complaints sent to
 * the accused's own unit and the accused's unit's precision and recall; one complaint sent to the accused's own unit
 * (other than an open defect listed by name, with why), or a figure below its split's floor, fails the build.
 */
class RoutingCorpusTest {

    private static final Logger log = LoggerFactory.getLogger(RoutingCorpusTest.class);
    private static final RuleBasedRouting ROUTING = TestFixtures.routing(TestFixtures.defaultRuleBook());
    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void routeTheCorpus() throws IOException {
        for (Labelled complaint : corpus()) {
            RoutingVerdict verdict = ROUTING.decide(complaint.summary());
            AccusedUnit accused = ROUTING.accusedUnit(complaint.summary(), verdict.lineOfWork());
            OUTCOMES.add(new Outcome(complaint, verdict, accused.avoidedCode()));
        }
    }

    /**
     * Complaints that routing is known to send to the accused's own unit: open defects found by a held-out batch, not a
     * tolerance. Each says why it happens. Any other such complaint fails the build, and so does a listed one once it
     * no longer goes there, so that its entry is removed with the fix.
     */
    private static final Map<String, String> OPEN_OWN_UNIT_DEFECTS = Map.of();

    /**
     * Where routing cannot tell whose staff a complaint accuses, an officer may not name the unit it is addressed to or
     * the unit of its place either: printed, the labelled accused's units that refusal protects, and the complaints
     * labelled for a unit it refuses (what it costs: such a complaint goes above that unit instead). The floor and
     * the ceiling are the measured figures: at least 80 % of those accused's units refused (a unit neither addressed
     * nor of the place cannot be), at most 6 labelled destinations refused.
     */
    @Test
    void anOfficerCannotNameAUnitWhoseStaffMayBeAccused() {
        List<String> protectedUnits = new ArrayList<>();
        List<String> unprotected = new ArrayList<>();
        List<String> refusedDestinations = new ArrayList<>();
        long unsure = 0;
        for (Outcome o : OUTCOMES) {
            Labelled complaint = o.complaint();
            if (ROUTING.accusedUnit(complaint.summary(), o.verdict().lineOfWork()).finding().saysWhoIsAccused()) {
                continue;
            }
            unsure++;
            if (!complaint.avoidUnit().isEmpty()) {
                (refused(o, complaint.avoidUnit()) ? protectedUnits : unprotected)
                        .add(complaint.id() + " " + complaint.avoidUnit());
            }
            if (complaint.expectedKind() == DestinationKind.UNIT && refused(o, complaint.expectedCode())) {
                refusedDestinations.add(complaint.id() + " " + complaint.expectedCode());
            }
        }
        log.info("Routing corpus, officers' refusals where whose staff are accused cannot be told ({} complaints): "
                + "{} labelled accused's units refused, {} not {}; {} complaints labelled for a unit refused {}",
                unsure, protectedUnits.size(), unprotected.size(), unprotected, refusedDestinations.size(),
                refusedDestinations);
        assertThat(protectedUnits.size()).isGreaterThanOrEqualTo((int) Math.ceil(0.8
                * (protectedUnits.size() + unprotected.size())));
        assertThat(refusedDestinations).hasSizeLessThanOrEqualTo(6);
    }

    private static boolean refused(Outcome o, String code) {
        return !code.isEmpty() && ROUTING.accusedsOwnUnit(o.complaint().summary(), o.verdict().lineOfWork(), code)
                .isPresent();
    }

    @Test
    void noComplaintGoesToTheUnitWhoseStaffItAccuses() {
        List<String> sentToOwnUnit = new ArrayList<>();
        for (Split split : Split.values()) {
            List<Outcome> ownUnit = split.of(OUTCOMES).stream().filter(Outcome::sentToAccusedsUnit).toList();
            log.info("Routing corpus, {}: {} complaints sent to the accused's own unit {}", split.label, ownUnit.size(),
                    ownUnit.stream().map(o -> o.complaint().id() + " → " + o.verdict().destination().code()).toList());
            ownUnit.stream().map(o -> o.complaint().id()).filter(OPEN_OWN_UNIT_DEFECTS::containsKey).forEach(id -> log
                    .warn("Routing corpus, {}: OPEN DEFECT, {} goes to the accused's own unit: {}", split.label, id,
                            OPEN_OWN_UNIT_DEFECTS.get(id)));
            ownUnit.forEach(o -> sentToOwnUnit.add(o.complaint().id()));
            assertThat(ownUnit).as(split.label).allSatisfy(o -> assertThat(OPEN_OWN_UNIT_DEFECTS)
                    .as(o.complaint().id() + " → " + o.verdict().destination().code()).containsKey(o.complaint().id()));
        }
        assertThat(sentToOwnUnit).as("open defects that are fixed: remove them from OPEN_OWN_UNIT_DEFECTS")
                .containsAll(OPEN_OWN_UNIT_DEFECTS.keySet());
    }

    @Test
    void destinationsMatchTheLabelsPerKind() {
        for (Split split : Split.values()) {
            double accuracy = kindAccuracy(split.of(OUTCOMES), split.label);
            assertThat(accuracy).as("destination kind accuracy, " + split.label)
                    .isGreaterThanOrEqualTo(split.kindFloor);
        }
        assertThat(Split.HELD_OUT.of(OUTCOMES)).as("on unseen wording a miss waits in triage or stays off every unit")
                .allSatisfy(o -> assertThat(o.missIsSafe()).as(o.complaint().id()).isTrue());
    }

    /** Logs the per-kind table of some outcomes and checks the body and UNIT precision; returns the accuracy. */
    private static double kindAccuracy(List<Outcome> outcomes, String which) {
        Map<DestinationKind, int[]> counts = new EnumMap<>(DestinationKind.class);
        int correct = 0;
        int codesLabelled = 0;
        int codesCorrect = 0;
        List<String> misses = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            DestinationKind expected = outcome.complaint().expectedKind();
            DestinationKind actual = outcome.verdict().destination().kind();
            counts.computeIfAbsent(expected, k -> new int[3])[0]++;
            counts.computeIfAbsent(actual, k -> new int[3])[1]++;
            if (expected == actual) {
                counts.get(expected)[2]++;
                correct++;
            } else {
                misses.add(outcome.complaint().id() + " expected " + expected + " got " + actual + " ("
                        + outcome.verdict().rule().ruleId() + ")");
            }
            if (!outcome.complaint().expectedCode().isEmpty()) {
                codesLabelled++;
                codesCorrect += outcome.complaint().expectedCode().equals(outcome.verdict().destination().code())
                        ? 1 : 0;
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Routing corpus, %s: %d complaints, destination kind right for %d (%.1f %%), body right for %d of %d"
                        + " labelled (%.1f %%)%n  %-15s %8s %9s %9s %10s%n", which, outcomes.size(), correct,
                100.0 * correct / outcomes.size(), codesCorrect, codesLabelled, 100.0 * codesCorrect / codesLabelled,
                "kind", "labelled", "predicted", "precision", "recall"));
        counts.forEach((kind, c) -> table.append(String.format(Locale.ROOT, "  %-15s %8d %9d %8.1f%% %9.1f%%%n",
                kind, c[0], c[1], percent(c[2], c[1]), percent(c[2], c[0]))));
        log.info("{}  misses: {}", table, misses);

        int[] units = counts.getOrDefault(DestinationKind.UNIT, new int[3]);
        assertThat(percent(units[2], units[1])).as("precision of sending to a unit (the costly mistake), " + which)
                .isGreaterThanOrEqualTo(80.0);
        return (double) correct / outcomes.size();
    }

    @Test
    void theAccusedsUnitIsFoundWhereverTheComplaintAccusesStaff() {
        for (Split split : Split.values()) {
            double[] figures = accusedUnitFigures(split.of(OUTCOMES), split.label);
            assertThat(figures[0]).as("precision of the accused's unit, " + split.label)
                    .isGreaterThanOrEqualTo(split.accusedPrecisionFloor);
            assertThat(figures[1]).as("recall of the accused's unit, " + split.label)
                    .isGreaterThanOrEqualTo(split.accusedRecallFloor);
        }
    }

    /** Logs and returns the precision and recall (in %) of the accused's unit over some outcomes. */
    private static double[] accusedUnitFigures(List<Outcome> outcomes, String which) {
        int truePositives = 0;
        int predicted = 0;
        int labelled = 0;
        List<String> misses = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            String expected = outcome.complaint().avoidUnit();
            String found = outcome.avoided();
            labelled += expected.isEmpty() ? 0 : 1;
            predicted += found == null ? 0 : 1;
            if (!expected.isEmpty() && expected.equals(found)) {
                truePositives++;
            } else if (!expected.isEmpty() || found != null) {
                misses.add(outcome.complaint().id() + " expected " + (expected.isEmpty() ? "none" : expected)
                        + " found " + (found == null ? "none" : found));
            }
        }
        double precision = percent(truePositives, predicted);
        double recall = percent(truePositives, labelled);
        log.info(String.format(Locale.ROOT, "Routing corpus, %s: the accused's unit, %d labelled, %d found, %d right:"
                + " precision %.1f %%, recall %.1f %%; misses: %s", which, labelled, predicted, truePositives,
                precision, recall, misses));
        return new double[] {precision, recall};
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    private static List<Labelled> corpus() throws IOException {
        List<Labelled> corpus = new ArrayList<>();
        try (InputStream in = RoutingCorpusTest.class.getResourceAsStream("/routing-corpus.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                if (!line.isBlank()) {
                    corpus.add(Labelled.of(line.split("\\|", -1)));
                }
            }
        }
        return corpus;
    }

    /**
     * The parts of the corpus, measured apart: the words are tuned on the training part only; each held-out batch was
     * written, labelled from the rule table and committed before anything was changed for it.
     */
    private enum Split {
        TRAINING("training part", 0.90, 95.0, 95.0),
        HELD_OUT("first held-out batch (HLD-)", 0.65, 95.0, 45.0),
        SECOND_HELD_OUT("second held-out batch (HL2-)", 0.85, 95.0, 90.0),
        THIRD_HELD_OUT("third held-out batch (HL3-)", 0.78, 90.0, 72.0),
        FOURTH_HELD_OUT("fourth held-out batch (HL4-)", 0.85, 95.0, 80.0);

        private final String label;
        private final double kindFloor;
        private final double accusedPrecisionFloor;
        private final double accusedRecallFloor;

        Split(String label, double kindFloor, double accusedPrecisionFloor, double accusedRecallFloor) {
            this.label = label;
            this.kindFloor = kindFloor;
            this.accusedPrecisionFloor = accusedPrecisionFloor;
            this.accusedRecallFloor = accusedRecallFloor;
        }

        List<Outcome> of(List<Outcome> outcomes) {
            return outcomes.stream().filter(o -> this == of(o.complaint().id())).toList();
        }

        private static Split of(String id) {
            return id.startsWith("HL4-") ? FOURTH_HELD_OUT : id.startsWith("HL3-") ? THIRD_HELD_OUT
                    : id.startsWith("HL2-") ? SECOND_HELD_OUT : id.startsWith("HLD-") ? HELD_OUT : TRAINING;
        }
    }

    /** One labelled complaint of the corpus. */
    private record Labelled(String id, ComplaintSummary summary, DestinationKind expectedKind, String expectedCode,
            String avoidUnit) {

        static Labelled of(String[] f) {
            boolean accused = !f[6].isEmpty() || !f[7].isEmpty() || !f[8].isEmpty();
            ComplaintSummary summary = new ComplaintSummary(Channel.valueOf(f[1]), f[0],
                    OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), blankToNull(f[3]),
                    f[4].isEmpty() ? List.of() : List.of(f[4].split(",")), blankToNull(f[2]), f[5], null,
                    accused ? new AccusedPerson(null, blankToNull(f[6]), blankToNull(f[7]), blankToNull(f[8]), null)
                            : null, "hash");
            return new Labelled(f[0], summary, DestinationKind.valueOf(f[9]), f[10], f[11]);
        }

        private static String blankToNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }

    /** What routing made of a labelled complaint. */
    private record Outcome(Labelled complaint, RoutingVerdict verdict, String avoided) {

        /** Right, or wrong towards triage, or one of the internal track and a working group for the other. */
        boolean missIsSafe() {
            DestinationKind expected = complaint.expectedKind();
            DestinationKind actual = verdict.destination().kind();
            Set<DestinationKind> internal = Set.of(DestinationKind.WORKING_GROUP, DestinationKind.INTERNAL_TRACK);
            return expected == actual || actual == DestinationKind.TRIAGE
                    || (internal.contains(expected) && internal.contains(actual));
        }

        boolean sentToAccusedsUnit() {
            String avoid = complaint.avoidUnit();
            return !avoid.isEmpty() && TestFixtures.DIRECTORY.find(verdict.destination().code())
                    .map(unit -> unit.code().equals(avoid) || unit.covers(avoid)).orElse(false);
        }
    }
}
