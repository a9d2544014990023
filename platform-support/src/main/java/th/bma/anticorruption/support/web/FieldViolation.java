package th.bma.anticorruption.support.web;

/** One broken rule in a request: which field, which rule, and a message a channel operator can act on. */
public record FieldViolation(String field, String rule, String message) {
}
