package th.bma.anticorruption.statistics.monthly;

import java.util.Optional;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.InternalTrackOutcome;

/**
 * Reads from a case snapshot whether it shows a closed internal-track case, and with which outcome: the one place
 * where the statistics interpret the case states of case tracking for it (the other state they read is
 * {@link NotCorruptionFinding}'s).
 * The snapshot's {@code outcome}, which case tracking sets when an internal-track case closes, decides where it is
 * present: its finding, and on a grounded case the order of ศปท.กทม. Snapshots without it are read from their state:
 * <ul>
 * <li>{@code NOT_CREDIBLE}, or {@code NOT_GROUNDED} reached from the preliminary review:
 * {@link ClosureOutcome#NOT_CREDIBLE} (closed after the preliminary check, no subcommittee);</li>
 * <li>{@code NOT_GROUNDED} otherwise: {@link ClosureOutcome#NOT_GROUNDED} (the subcommittee's finding);</li>
 * <li>{@code COMPLETED} while the case's destination is the internal track: the snapshot does not carry the order of
 * ศปท.กทม., so {@link ClosureOutcome#OUTCOME_NOT_RECORDED}.</li>
 * </ul>
 * A case rerouted away from the internal track before it closed is not an internal-track case any more.
 */
public final class InternalTrackClosure {

    private InternalTrackClosure() {
    }

    public static Optional<ClosureOutcome> outcomeOf(CaseStatusChanged snapshot) {
        InternalTrackOutcome outcome = snapshot.outcome();
        if (outcome != null && outcome.finding() != null) {
            return Optional.of(switch (outcome.finding()) {
                case NOT_CREDIBLE -> ClosureOutcome.NOT_CREDIBLE;
                case NOT_GROUNDED -> ClosureOutcome.NOT_GROUNDED;
                case GROUNDED -> outcome.order() == null ? ClosureOutcome.OUTCOME_NOT_RECORDED
                        : ClosureOutcome.valueOf(outcome.order().name());
            });
        }
        if (snapshot.destination() == null || snapshot.destination().kind() != DestinationKind.INTERNAL_TRACK
                || snapshot.state() == null) {
            return Optional.empty();
        }
        return switch (snapshot.state()) {
            case "NOT_CREDIBLE" -> Optional.of(ClosureOutcome.NOT_CREDIBLE);
            case "NOT_GROUNDED" -> Optional.of("PRELIMINARY_REVIEW".equals(snapshot.previousState())
                    ? ClosureOutcome.NOT_CREDIBLE : ClosureOutcome.NOT_GROUNDED);
            case "COMPLETED" -> Optional.of(ClosureOutcome.OUTCOME_NOT_RECORDED);
            default -> Optional.empty();
        };
    }
}
