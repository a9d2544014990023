package th.bma.anticorruption.support.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the default rules a service ships stand against the versions in force in its store, on start: which the store
 * lacks (to seed as version 1), which the seed wrote and the release has since changed (to append as the seed's next
 * version, so a corrected default reaches a store seeded by an earlier release), and which a person has since written
 * and the shipped default differs from (kept: a person's version is never overwritten by a release). A stored rule
 * the release no longer ships is none of these, and stays as it is.
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
