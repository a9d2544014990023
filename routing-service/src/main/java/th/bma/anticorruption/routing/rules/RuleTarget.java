package th.bma.anticorruption.routing.rules;

/** Where a matching rule sends a complaint; {@code destinationCode} only for {@link TargetType#DIRECTORY_BODY}. */
public record RuleTarget(TargetType type, String destinationCode) {
}
