package th.bma.anticorruption.cases.lifecycle;

/** A follow-up recorded on a case that is not on the director's follow-up list; the web layer answers 409. */
public class NotOnFollowUpListException extends RuntimeException {

    public NotOnFollowUpListException(String caseId) {
        super("The case " + caseId + " is not on the follow-up list.");
    }
}
