package th.bma.anticorruption.intake.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.bma.anticorruption.intake.screening.ScreenedText.Span;
import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * The screening rules of one revision, compiled: immutable, shared by every request thread.
 * <p>
 * A record is in scope when one of its Traffy tags is a CATEGORY rule's, or when an IN_SCOPE or DOUBTED text rule
 * matches words that no VETO rule matched. Segmenting Thai is the costly part and most tickets are not about
 * corruption, so every alternative is first looked for as a plain substring of the text without spaces: a rule with a
 * group none of whose alternatives occurs cannot match, and a text no IN_SCOPE or DOUBTED rule can match is out of
 * scope without being segmented.
 * Only the rest is segmented; the vetoes mark the words they match, and the first IN_SCOPE rule (terms, then phrases,
 * then combinations, each by rule id) that matches unmarked words decides; where none does, the first DOUBTED rule
 * that does takes the record in as doubted. When only marked words match, the verdict names the veto that covered
 * most of the match.
 */
public final class ScreeningRuleSet {

    private static final Comparator<ScreeningRule> ORDER = Comparator.comparing(ScreeningRule::kind)
            .thenComparing(ScreeningRule::ruleId);

    private final long revision;
    private final List<ScreeningRule> rules;
    private final Map<String, ScreeningRule> byId = new HashMap<>();
    private final Map<String, ScreeningRule> categories = new HashMap<>();
    /** IN_SCOPE rules first, then DOUBTED ones: the order they are tried in. */
    private final List<RulePattern> inScope = new ArrayList<>();
    private final List<RulePattern> vetoes = new ArrayList<>();
    private final List<String> needles = new ArrayList<>();

    private ScreeningRuleSet(long revision, Collection<ScreeningRule> rules) {
        this.revision = revision;
        this.rules = rules.stream().sorted(ORDER).toList();
        this.rules.forEach(rule -> byId.put(rule.ruleId(), rule));
        Map<String, Integer> dictionary = new HashMap<>();
        for (ScreeningRule rule : this.rules) {
            if (!rule.enabled()) {
                continue;
            }
            if (rule.kind() == RuleKind.CATEGORY) {
                rule.groups().get(0).forEach(tag -> categories.putIfAbsent(ThaiText.normalise(tag), rule));
            } else if (rule.effect() == RuleEffect.VETO) {
                vetoes.add(RulePattern.compile(rule, dictionary, needles));
            } else {
                inScope.add(RulePattern.compile(rule, dictionary, needles));
            }
        }
        inScope.sort(Comparator.comparing((RulePattern pattern) -> pattern.rule().effect() == RuleEffect.DOUBTED));
    }

    public static ScreeningRuleSet of(long revision, Collection<ScreeningRule> rules) {
        return new ScreeningRuleSet(revision, rules);
    }

    /** How many rule versions the store held when this set was read. */
    public long revision() {
        return revision;
    }

    /** Every rule in force (disabled ones too), in the order they are tried. */
    public List<ScreeningRule> rules() {
        return rules;
    }

    public Optional<ScreeningRule> rule(String ruleId) {
        return Optional.ofNullable(byId.get(ruleId));
    }

    /** Screens a record: its channel categories (Traffy tags; none for other channels) and its text. */
    public ScreeningVerdict screen(Collection<String> channelCategories, String text) {
        for (String category : channelCategories == null ? List.<String>of() : channelCategories) {
            ScreeningRule rule = category == null ? null : categories.get(ThaiText.normalise(category));
            if (rule != null) {
                return ScreeningVerdict.matched(rule);
            }
        }
        if (text == null || text.isBlank()) {
            return ScreeningVerdict.outOfScope();
        }
        String folded = ScreenedText.fold(text);
        NeedlePresence presence = new NeedlePresence(ScreenedText.withoutSpaces(folded), needles);
        List<RulePattern> candidates = new ArrayList<>(2);
        for (RulePattern rule : inScope) {
            if (rule.mayMatch(presence)) {
                candidates.add(rule);
            }
        }
        if (candidates.isEmpty()) {
            return ScreeningVerdict.outOfScope();
        }
        ScreenedText words = ScreenedText.of(folded);
        Map<RulePattern, List<Span>> vetoed = new LinkedHashMap<>();
        boolean[] masked = new boolean[words.words()];
        for (RulePattern veto : vetoes) {
            List<Span> spans = veto.mayMatch(presence) ? veto.allMatches(words, presence) : List.of();
            if (!spans.isEmpty()) {
                vetoed.put(veto, spans);
                spans.forEach(span -> Arrays.fill(masked, span.first(), span.last() + 1, true));
            }
        }
        for (RulePattern rule : candidates) {
            if (rule.firstMatch(words, presence, vetoed.isEmpty() ? null : masked) != null) {
                return ScreeningVerdict.matched(rule.rule());
            }
        }
        for (RulePattern rule : vetoed.isEmpty() ? List.<RulePattern>of() : candidates) {
            Span match = rule.firstMatch(words, presence, null);
            if (match == null) {
                continue;
            }
            // The veto that covered most of the match names the trap (a scam's fine is a scam, not a lawful fine).
            RulePattern widest = null;
            int widestCover = 0;
            for (Map.Entry<RulePattern, List<Span>> veto : vetoed.entrySet()) {
                int cover = veto.getValue().stream().mapToInt(span -> span.overlapWith(match)).max().orElse(0);
                if (cover > widestCover) {
                    widest = veto.getKey();
                    widestCover = cover;
                }
            }
            if (widest != null) {
                return ScreeningVerdict.vetoed(widest.rule());
            }
        }
        return ScreeningVerdict.outOfScope();
    }

    /** Whether any enabled VETO rule matches the text: the learned signal never overrides a trap or a negation. */
    boolean anyVetoMatches(String text) {
        String folded = ScreenedText.fold(text);
        NeedlePresence presence = new NeedlePresence(ScreenedText.withoutSpaces(folded), needles);
        ScreenedText words = null;
        for (RulePattern veto : vetoes) {
            if (veto.mayMatch(presence)) {
                words = words == null ? ScreenedText.of(folded) : words;
                if (!veto.allMatches(words, presence).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
