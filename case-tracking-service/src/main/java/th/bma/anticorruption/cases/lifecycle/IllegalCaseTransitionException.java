package th.bma.anticorruption.cases.lifecycle;

/** An action the case's current state does not allow; the web layer answers 409 naming both. */
public class IllegalCaseTransitionException extends RuntimeException {

    private final CaseState currentState;
    private final CaseAction action;

    public IllegalCaseTransitionException(CaseState currentState, CaseAction action) {
        super("A case in state " + currentState + " does not allow the action " + action.pathName() + ".");
        this.currentState = currentState;
        this.action = action;
    }

    public CaseState currentState() {
        return currentState;
    }

    public CaseAction action() {
        return action;
    }
}
