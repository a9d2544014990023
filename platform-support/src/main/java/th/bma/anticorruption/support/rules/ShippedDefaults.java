package th.bma.anticorruption.support.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.Rejection;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * How the default rules a service ships stand against the versions in force in its store, on start: which the store
 * lacks (to seed as version 1), which the seed wrote and the release has since changed (to append as the seed's next
 * version, so a corrected default reaches a store seeded by an earlier release), and which a person has since written
 * and the shipped default differs from (kept: a person's version is never overwritten by a release). A stored rule
 * the release no longer ships is none of these, and stays as it is. Who wrote a version is told by its author alone,
 * so no person may change a rule under the seed's name ({@link #refuseSeedAuthor}).
 *
 * @param <R> one version of a rule
 */
public final class ShippedDefaults<R> {

    /** Who the versions written from the shipped defaults are by, in the versions and in the audit trail. */
    public static final String AUTHOR = "seed";
    /** The change note of a version the seed appends because a release changed a rule the seed last wrote. */
    public static final String UPDATE_NOTE = "Shipped default updated";

    private final Function<R, String> ruleIdOf;
    private final Function<R, String> authorOf;
    private final BiPredicate<R, R> sameContent;

    /** {@code sameContent} says whether two versions decide alike (what a rule does, not who wrote it or when). */
    public ShippedDefaults(Function<R, String> ruleIdOf, Function<R, String> authorOf, BiPredicate<R, R> sameContent) {
        this.ruleIdOf = ruleIdOf;
        this.authorOf = authorOf;
        this.sameContent = sameContent;
    }

    /** Compares every shipped rule with the version of its rule id in force ({@code inForce}: the latest of each). */
    public Comparison<R> compare(Collection<R> shipped, Collection<R> inForce) {
        Map<String, R> stored = inForce.stream().collect(Collectors.toMap(ruleIdOf, Function.identity()));
        List<R> absent = new ArrayList<>();
        List<Difference<R>> outdated = new ArrayList<>();
        List<Difference<R>> overridden = new ArrayList<>();
        for (R rule : shipped) {
            R current = stored.get(ruleIdOf.apply(rule));
            if (current == null) {
                absent.add(rule);
            } else if (!sameContent.test(current, rule)) {
                (AUTHOR.equals(authorOf.apply(current)) ? outdated : overridden).add(new Difference<>(current, rule));
            }
        }
        return new Comparison<>(List.copyOf(absent), List.copyOf(outdated), List.copyOf(overridden));
    }

    /**
     * The ids of the rules in force whose version a person wrote and whose shipped default differs from it (the
     * {@code overridden} of {@link #compare}): what a start keeps and warns of, and what the rules APIs list as
     * {@code shippedDefaultsDiffering}.
     */
    public List<String> differing(Collection<R> shipped, Collection<R> inForce) {
        return compare(shipped, inForce).overridden().stream()
                .map(difference -> ruleIdOf.apply(difference.inForce())).toList();
    }

    /**
     * Refuses a change to a rule by an account named as the seed ({@link #AUTHOR}, in any case): its version would be
     * taken for the seed's and replaced by the next release's default, and the audit trail could not tell the two
     * apart.
     *
     * @throws RequestRejectedException {@code 403}, naming {@code changedBy} and the rule {@code reserved-author}
     */
    public static void refuseSeedAuthor(String ruleId, String changedBy) {
        if (changedBy != null && AUTHOR.equalsIgnoreCase(changedBy.strip())) {
            throw new RequestRejectedException(Rejection.FORBIDDEN, "Rule " + ruleId + " cannot be changed by an "
                    + "account named '" + AUTHOR + "': that name is reserved for the shipped defaults.",
                    List.of(new FieldViolation("changedBy", "reserved-author", "The account name '" + AUTHOR
                            + "' marks the versions a release writes, which the next release replaces; change the "
                            + "rule from an account of another name.")));
        }
    }

    /**
     * The shipped rules the store lacks; those whose version in force the seed wrote and that now ship otherwise
     * ({@code outdated}); and those whose version in force a person wrote that differ from what ships
     * ({@code overridden}).
     */
    public record Comparison<R>(List<R> absent, List<Difference<R>> outdated, List<Difference<R>> overridden) {
    }

    /** A rule's version in force and the shipped default that differs from it. */
    public record Difference<R>(R inForce, R shipped) {
    }
}
