package th.bma.anticorruption.cases.lifecycle;

import static th.bma.anticorruption.cases.lifecycle.CaseState.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of the procedure: for each action, the states it is allowed in and the state it leads to.
 * Actions that record something without moving the case (interim measures, progress reports, follow-ups) lead to the
 * state they started from.
 */
public final class CaseTransitions {

    private static final Map<CaseAction, Set<CaseState>> ALLOWED_IN = new EnumMap<>(CaseAction.class);
    private static final Map<CaseAction, CaseState> LEADS_TO = new EnumMap<>(CaseAction.class);

    static {
        allow(CaseAction.FIND_CREDIBLE, PRESENTED_TO_DIRECTOR, EnumSet.of(PRELIMINARY_REVIEW));
        allow(CaseAction.FIND_NOT_CREDIBLE, NOT_CREDIBLE, EnumSet.of(PRELIMINARY_REVIEW));
        allow(CaseAction.APPOINT_SUBCOMMITTEE, SUBCOMMITTEE_APPOINTED,
                EnumSet.of(PRELIMINARY_REVIEW, PRESENTED_TO_DIRECTOR));
        allow(CaseAction.FIND_GROUNDED, GROUNDED, EnumSet.of(SUBCOMMITTEE_APPOINTED));
        allow(CaseAction.FIND_NOT_GROUNDED, NOT_GROUNDED, EnumSet.of(PRELIMINARY_REVIEW, SUBCOMMITTEE_APPOINTED));
        allow(CaseAction.RECORD_ORDER, ORDER_GIVEN, EnumSet.of(GROUNDED));
        allow(CaseAction.RECORD_INTERIM_MEASURE, null, EnumSet.of(PRELIMINARY_REVIEW, PRESENTED_TO_DIRECTOR,
                SUBCOMMITTEE_APPOINTED, GROUNDED, ORDER_GIVEN));
        // A measure in force is reviewed and lifted wherever its case went since, closed or not.
        allow(CaseAction.REVIEW_INTERIM_MEASURE, null, EnumSet.allOf(CaseState.class));
        allow(CaseAction.END_INTERIM_MEASURE, null, EnumSet.allOf(CaseState.class));
        allow(CaseAction.CLOSE_AS_REFERRED, CLOSED_AS_REFERRED, EnumSet.of(REFERRED_TO_NACC, REFERRED_TO_PACC));
        allow(CaseAction.COMPLETE, COMPLETED, EnumSet.of(UNDER_VERIFICATION, FORWARDED_TO_UNIT,
                FORWARDED_TO_WORKING_GROUP, REFERRED_TO_NACC, REFERRED_TO_PACC, GROUNDED, ORDER_GIVEN));
        allow(CaseAction.REPORT_PROGRESS, null, EnumSet.of(FORWARDED_TO_UNIT, FORWARDED_TO_WORKING_GROUP));
        allow(CaseAction.RECORD_FOLLOW_UP, null, EnumSet.allOf(CaseState.class));
    }

    private CaseTransitions() {
    }

    private static void allow(CaseAction action, CaseState target, Set<CaseState> from) {
        ALLOWED_IN.put(action, from);
        if (target != null) {
            LEADS_TO.put(action, target);
        }
    }

    public static boolean isAllowed(CaseState from, CaseAction action) {
        return ALLOWED_IN.get(action).contains(from);
    }

    /** The state {@code action} leads to from {@code from}, or the refusal. */
    public static CaseState next(CaseState from, CaseAction action) {
        if (!isAllowed(from, action)) {
            throw new IllegalCaseTransitionException(from, action);
        }
        return Optional.ofNullable(LEADS_TO.get(action)).orElse(from);
    }

    public static Set<CaseState> allowedIn(CaseAction action) {
        return EnumSet.copyOf(ALLOWED_IN.get(action));
    }
}
