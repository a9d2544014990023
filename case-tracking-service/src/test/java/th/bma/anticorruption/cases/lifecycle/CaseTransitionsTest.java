package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.bma.anticorruption.cases.lifecycle.CaseAction.*;
import static th.bma.anticorruption.cases.lifecycle.CaseState.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action in every state: the procedure's transitions happen, everything else is refused naming both. */
class CaseTransitionsTest {

    /** The expected machine, written out independently of {@link CaseTransitions}. */
    private static final Map<CaseState, Map<CaseAction, CaseState>> EXPECTED = new EnumMap<>(CaseState.class);

    static {
        for (CaseState state : CaseState.values()) {
            EXPECTED.put(state, new EnumMap<>(CaseAction.class));
        }
        EXPECTED.get(UNDER_VERIFICATION).put(COMPLETE, COMPLETED);
        EXPECTED.get(FORWARDED_TO_UNIT).put(REPORT_PROGRESS, FORWARDED_TO_UNIT);
        EXPECTED.get(FORWARDED_TO_UNIT).put(COMPLETE, COMPLETED);
        EXPECTED.get(FORWARDED_TO_WORKING_GROUP).put(REPORT_PROGRESS, FORWARDED_TO_WORKING_GROUP);
        EXPECTED.get(FORWARDED_TO_WORKING_GROUP).put(COMPLETE, COMPLETED);
        EXPECTED.get(REFERRED_TO_NACC).put(CLOSE_AS_REFERRED, CLOSED_AS_REFERRED);
        EXPECTED.get(REFERRED_TO_NACC).put(COMPLETE, COMPLETED);
        EXPECTED.get(REFERRED_TO_PACC).put(CLOSE_AS_REFERRED, CLOSED_AS_REFERRED);
        EXPECTED.get(REFERRED_TO_PACC).put(COMPLETE, COMPLETED);
        EXPECTED.get(PRELIMINARY_REVIEW).put(FIND_CREDIBLE, PRESENTED_TO_DIRECTOR);
        EXPECTED.get(PRELIMINARY_REVIEW).put(FIND_NOT_CREDIBLE, NOT_CREDIBLE);
        EXPECTED.get(PRELIMINARY_REVIEW).put(APPOINT_SUBCOMMITTEE, SUBCOMMITTEE_APPOINTED);
        EXPECTED.get(PRELIMINARY_REVIEW).put(FIND_NOT_GROUNDED, NOT_GROUNDED);
        EXPECTED.get(PRELIMINARY_REVIEW).put(RECORD_INTERIM_MEASURE, PRELIMINARY_REVIEW);
        EXPECTED.get(PRESENTED_TO_DIRECTOR).put(APPOINT_SUBCOMMITTEE, SUBCOMMITTEE_APPOINTED);
        EXPECTED.get(PRESENTED_TO_DIRECTOR).put(RECORD_INTERIM_MEASURE, PRESENTED_TO_DIRECTOR);
        EXPECTED.get(SUBCOMMITTEE_APPOINTED).put(FIND_GROUNDED, GROUNDED);
        EXPECTED.get(SUBCOMMITTEE_APPOINTED).put(FIND_NOT_GROUNDED, NOT_GROUNDED);
        EXPECTED.get(SUBCOMMITTEE_APPOINTED).put(RECORD_INTERIM_MEASURE, SUBCOMMITTEE_APPOINTED);
        EXPECTED.get(GROUNDED).put(RECORD_INTERIM_MEASURE, GROUNDED);
        EXPECTED.get(GROUNDED).put(RECORD_ORDER, ORDER_GIVEN);
        EXPECTED.get(GROUNDED).put(COMPLETE, COMPLETED);
        EXPECTED.get(ORDER_GIVEN).put(RECORD_INTERIM_MEASURE, ORDER_GIVEN);
        EXPECTED.get(ORDER_GIVEN).put(COMPLETE, COMPLETED);
        // Interim measures are reviewed and lifted, and follow-ups recorded, whatever the case's state.
        for (CaseState state : CaseState.values()) {
            for (CaseAction anywhere : List.of(REVIEW_INTERIM_MEASURE, END_INTERIM_MEASURE, RECORD_FOLLOW_UP)) {
                EXPECTED.get(state).put(anywhere, state);
            }
        }
    }

    /** Actions whose details depend on what the case holds (a measure, a listing): tested in ComplaintCaseTest. */
    private static final List<CaseAction> NEED_MORE_THAN_A_STATE = List.of(REVIEW_INTERIM_MEASURE,
            END_INTERIM_MEASURE, RECORD_FOLLOW_UP);

    static List<Arguments> allowed() {
        List<Arguments> cases = new ArrayList<>();
        EXPECTED.forEach((state, actions) -> actions.forEach((action, target) ->
                cases.add(Arguments.of(state, action, target))));
        return cases;
    }

    static List<Arguments> refused() {
        List<Arguments> cases = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                if (!EXPECTED.get(state).containsKey(action)) {
                    cases.add(Arguments.of(state, action));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowed")
    void aCaseFollowsTheProcedure(CaseState from, CaseAction action, CaseState to) {
        if (NEED_MORE_THAN_A_STATE.contains(action)) {
            assertThat(CaseTransitions.next(from, action)).isEqualTo(to);
            return;
        }
        ComplaintCase c = CaseFixtures.inState(from);
        assertThat(c.state()).isEqualTo(from);

        CaseFixtures.after(c, action);

        assertThat(c.state()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("refused")
    void anyOtherActionIsRefusedNamingTheStateAndTheAction(CaseState from, CaseAction action) {
        ComplaintCase c = CaseFixtures.inState(from);
        long version = c.caseVersion();
        int timeline = c.timeline().size();

        assertThatThrownBy(() -> CaseFixtures.after(c, action))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.getMessage()).contains(from.name()).contains(action.pathName());
                });
        assertThat(c.state()).isEqualTo(from);
        assertThat(c.caseVersion()).isEqualTo(version);
        assertThat(c.timeline()).hasSize(timeline);
    }
}
