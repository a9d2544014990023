package th.bma.anticorruption.cases.conversation;

/** Who wrote a message: an officer holding the case, or the complainant through the public page. */
public enum Sender {
    OFFICER,
    COMPLAINANT
}
