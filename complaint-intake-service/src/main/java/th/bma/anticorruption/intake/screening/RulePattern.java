package th.bma.anticorruption.intake.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import th.bma.anticorruption.intake.screening.ScreenedText.Span;

/**
 * A text rule compiled for matching: its alternatives folded the way texts are, each given the index of its needle
 * (the plain substring looked for first) in the rule set's shared list.
 */
final class RulePattern {

    private static final Comparator<Span> LEFTMOST_LONGEST =
            Comparator.comparingInt(Span::first).thenComparing(Comparator.comparingInt(Span::last).reversed());

    private final ScreeningRule rule;
    private final int[][] needles;
    private final int window;

    private RulePattern(ScreeningRule rule, int[][] needles) {
        this.rule = rule;
        this.needles = needles;
        this.window = rule.window() == null ? Integer.MAX_VALUE : rule.window();
    }

    /** Compiles a text rule; new needles are added to {@code dictionary} (needle to index) and {@code needleList}. */
    static RulePattern compile(ScreeningRule rule, Map<String, Integer> dictionary, List<String> needleList) {
        int[][] groups = new int[rule.groups().size()][];
        for (int g = 0; g < groups.length; g++) {
            List<String> alternatives = rule.groups().get(g);
            groups[g] = new int[alternatives.size()];
            for (int a = 0; a < alternatives.size(); a++) {
                String needle = needleOf(alternatives.get(a));
                groups[g][a] = dictionary.computeIfAbsent(needle, n -> {
                    needleList.add(n);
                    return needleList.size() - 1;
                });
            }
        }
        return new RulePattern(rule, groups);
    }

    /** An alternative as it is looked for: folded and without spaces; {@code {number}} stays itself. */
    static String needleOf(String alternative) {
        String trimmed = alternative.strip();
        return ScreeningRule.NUMBER.equals(trimmed) ? trimmed
                : ScreenedText.withoutSpaces(ScreenedText.fold(trimmed));
    }

    ScreeningRule rule() {
        return rule;
    }

    /**
     * False if some group has no alternative anywhere in the text, even as a plain substring: then it cannot match
     * (for {@link RuleKind#WITHOUT}, the first group alone: the second is what must be absent).
     */
    boolean mayMatch(NeedlePresence presence) {
        int required = rule.kind() == RuleKind.WITHOUT ? 1 : needles.length;
        for (int g = 0; g < required; g++) {
            int[] group = needles[g];
            boolean any = false;
            for (int needle : group) {
                if (presence.has(needle)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The first match that uses no masked word, or null. */
    Span firstMatch(ScreenedText text, NeedlePresence presence, boolean[] masked) {
        List<List<Span>> occurrences = occurrences(text, presence, masked);
        if (occurrences == null) {
            return null;
        }
        List<Span> matches = matches(occurrences, true);
        return matches.isEmpty() ? null : matches.get(0);
    }

    /**
     * Every match (one per word a match can start from), each stretched over every further word of the rule that
     * still fits its window (a combination's span, or a phrase's gap after the words already covered): what a veto
     * masks, so that {@code nobody asked me for a bribe} masks the bribe too.
     */
    List<Span> allMatches(ScreenedText text, NeedlePresence presence) {
        if (rule.kind() == RuleKind.WITHOUT) {
            return withoutMatch(text, presence);
        }
        List<List<Span>> occurrences = occurrences(text, presence, null);
        if (occurrences == null) {
            return List.of();
        }
        List<Span> stretched = new ArrayList<>();
        for (Span match : matches(occurrences, false)) {
            int end = match.last();
            for (boolean grew = true; grew; ) {
                grew = false;
                for (List<Span> group : occurrences) {
                    for (Span span : group) {
                        boolean fits = rule.kind() == RuleKind.PHRASE
                                ? span.first() > match.first() && span.first() - end - 1 <= window
                                : span.first() >= match.first() && span.last() - match.first() < window;
                        if (fits && span.last() > end) {
                            end = span.last();
                            grew = true;
                        }
                    }
                }
            }
            stretched.add(new Span(match.first(), end));
        }
        return stretched;
    }

    /**
     * A {@link RuleKind#WITHOUT} rule: the whole text when its first group occurs, its second occurs nowhere outside
     * the first group's words, and its third (if any) nowhere further than the window from them; else nothing.
     */
    private List<Span> withoutMatch(ScreenedText text, NeedlePresence presence) {
        List<Span> named = occurrencesOf(needles[0], text, presence);
        if (named.isEmpty()) {
            return List.of();
        }
        for (Span exception : occurrencesOf(needles[1], text, presence)) {
            if (named.stream().noneMatch(span -> span.contains(exception))) {
                return List.of();
            }
        }
        for (int g = 2; g < needles.length; g++) {
            for (Span general : occurrencesOf(needles[g], text, presence)) {
                if (named.stream().noneMatch(span -> span.contains(general) || span.distanceTo(general) <= window)) {
                    return List.of();
                }
            }
        }
        return List.of(new Span(0, text.words() - 1));
    }

    private static List<Span> occurrencesOf(int[] group, ScreenedText text, NeedlePresence presence) {
        List<Span> found = new ArrayList<>();
        for (int needle : group) {
            if (presence.has(needle)) {
                found.addAll(presence.occurrencesOf(needle, text));
            }
        }
        return found;
    }

    private List<Span> matches(List<List<Span>> occurrences, boolean firstOnly) {
        List<Span> found = new ArrayList<>(1);
        if (rule.kind() == RuleKind.TERM) {
            return firstOnly ? List.of(occurrences.get(0).get(0)) : occurrences.get(0);
        }
        for (int g = 0; g < occurrences.size(); g++) {
            if (rule.kind() == RuleKind.PHRASE && g > 0) {
                break;
            }
            for (Span anchor : occurrences.get(g)) {
                Span match = rule.kind() == RuleKind.PHRASE ? phraseFrom(anchor, occurrences, window)
                        : combinationFrom(g, anchor, occurrences);
                if (match != null && (rule.kind() == RuleKind.PHRASE || match.last() - match.first() < window)) {
                    found.add(match);
                    if (firstOnly) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** The groups in order, each at most {@code gap} words after the previous, ending as early as possible. */
    private static Span phraseFrom(Span anchor, List<List<Span>> occurrences, int gap) {
        int end = anchor.last();
        for (int g = 1; g < occurrences.size(); g++) {
            int best = Integer.MAX_VALUE;
            for (Span next : occurrences.get(g)) {
                if (next.first() > end && next.first() - end - 1 <= gap) {
                    best = Math.min(best, next.last());
                }
            }
            if (best == Integer.MAX_VALUE) {
                return null;
            }
            end = best;
        }
        return new Span(anchor.first(), end);
    }

    /** The anchor as the leftmost word, every other group at or after it, ending as early as possible. */
    private static Span combinationFrom(int anchorGroup, Span anchor, List<List<Span>> occurrences) {
        int end = anchor.last();
        for (int g = 0; g < occurrences.size(); g++) {
            if (g == anchorGroup) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (Span other : occurrences.get(g)) {
                if (other.first() >= anchor.first()) {
                    best = Math.min(best, other.last());
                }
            }
            if (best == Integer.MAX_VALUE) {
                return null;
            }
            end = Math.max(end, best);
        }
        return new Span(anchor.first(), end);
    }

    /**
     * Per group, where its alternatives occur as whole words, avoiding masked words, the longest at each starting
     * word, in text order; null as soon as a group does not occur.
     */
    private List<List<Span>> occurrences(ScreenedText text, NeedlePresence presence, boolean[] masked) {
        List<List<Span>> groups = new ArrayList<>(needles.length);
        for (int[] group : needles) {
            List<Span> found = new ArrayList<>();
            for (int needle : group) {
                if (!presence.has(needle)) {
                    continue;
                }
                for (Span span : presence.occurrencesOf(needle, text)) {
                    if (masked == null || !anyMasked(span, masked)) {
                        found.add(span);
                    }
                }
            }
            if (found.isEmpty()) {
                return null;
            }
            found.sort(LEFTMOST_LONGEST);
            List<Span> longest = new ArrayList<>(found.size());
            for (Span span : found) {
                if (longest.isEmpty() || longest.get(longest.size() - 1).first() != span.first()) {
                    longest.add(span);
                }
            }
            groups.add(longest);
        }
        return groups;
    }

    private static boolean anyMasked(Span span, boolean[] masked) {
        for (int w = span.first(); w <= span.last(); w++) {
            if (masked[w]) {
                return true;
            }
        }
        return false;
    }
}
