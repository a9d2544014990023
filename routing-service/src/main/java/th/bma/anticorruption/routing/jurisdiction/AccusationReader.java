package th.bma.anticorruption.routing.jurisdiction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.UnitMention;
import th.bma.anticorruption.routing.jurisdiction.AccusationLexicon.StaffTerm;
import th.bma.anticorruption.routing.jurisdiction.TextAccusation.Kind;
import th.bma.anticorruption.routing.jurisdiction.WordedText.Span;

/**
 * Reads a complaint's text the way an intake officer would ask "whose staff does it accuse?". A staff word
 * ({@code เจ้าหน้าที่}, {@code เทศกิจ}, a unit named as an office) is accused when an act of misconduct follows it
 * ({@code เรียกเงิน}, {@code ไม่ออกใบเสร็จ}) or a payment or tie precedes it ({@code จ่ายเงินให้}, {@code เป็นญาติ}),
 * unless it is the one asked to act ({@code ขอให้เทศกิจมาจัดการ}) or an impostor ({@code แอบอ้างเป็นเจ้าหน้าที่}); some
 * words accuse officials by themselves ({@code ใต้โต๊ะ}). A text asks a unit to act against someone else only if it
 * says so ({@code ขอให้…ตรวจสอบ}) or is about impostors, and writes no staff as doing anything and hints at no insider
 * ({@code คนใน}, {@code มีเส้น}); a text that only thanks staff accuses nobody; staff doing something the words cannot
 * judge, or such a hint, leave it open. The words are data ({@link AccusationLexicon}).
 */
final class AccusationReader {

    static final int ACT_WINDOW = 16;
    static final int BEFORE_WINDOW = 6;
    static final int IMPERSONATION_WINDOW = 4;
    static final int OUTSIDER_WINDOW = 6;
    static final int ATTACHED_UNIT_GAP = 2;
    static final int NEARBY_UNIT_WINDOW = 15;
    static final int LEVEL_WINDOW = 8;

    private final AccusationLexicon lexicon;
    private final Directory directory;

    AccusationReader(AccusationLexicon lexicon, Directory directory) {
        this.lexicon = lexicon;
        this.directory = directory;
    }

    TextAccusation read(String description, BangkokDistrict district, Collection<String> knownLevels) {
        WordedText text = WordedText.of(description, lexicon.abbreviations());
        List<String> evidence = new ArrayList<>();
        if (text.size() == 0) {
            return new TextAccusation(Kind.NEITHER, null, null, null, null, false, null, List.of(), evidence);
        }
        List<Located> offices = directory.mentionsIn(text.compact(), district).stream()
                .map(m -> new Located(text.spanOfChars(m.start(), m.end(), m.text()), m)).toList();
        Words words = words(text);
        Subject actor = null;
        boolean impostor = false;
        List<Subject> subjects = subjects(text, offices);
        for (int at = 0; at < subjects.size(); at++) {
            Subject subject = subjects.get(at);
            if (addressed(subject.span(), words)) {
                evidence.add("asked to act: " + subject.span().phrase());
                continue;
            }
            if (followedBy(withAttachedOffice(subject), words.referring(), words)) {
                evidence.add("passes the complaint on, not accused: " + subject.span().phrase());
                continue;
            }
            if (words.impostors().stream().anyMatch(i -> i.to() <= subject.span().from()
                    && subject.span().from() - i.to() <= IMPERSONATION_WINDOW)) {
                evidence.add("impostor, not staff: " + subject.span().phrase());
                impostor = true;
                continue;
            }
            actor = actor == null ? subject : actor;
            int until = nextSubjectFrom(subjects, at, text.size());
            Optional<Span> act = actAfter(text, subject.span(), until, words)
                    .or(() -> signBefore(text, subject.span(), words));
            if (act.isPresent()) {
                evidence.add("staff accused: " + subject.span().phrase() + " … " + act.get().phrase());
                return accused(text, subject, act.get(), until, offices, words, knownLevels, evidence);
            }
        }
        Optional<Span> implied = impliedAccusation(text, words, evidence);
        if (implied.isPresent()) {
            String level = actor == null ? null : levelOf(text, actor, text.size(), knownLevels);
            return new TextAccusation(Kind.STAFF_ACCUSED, nearbyOffice(text, implied.get(), offices, words), null,
                    null, level, false, implied.get().phrase(), mentions(offices), evidence);
        }
        // Staff written as doing something, with no word of misconduct found: whether they are accused stays open.
        // So does a hint at the place's own people (คนใน, มีเส้น): a request in the same text may be about them.
        // Impostors are someone else: a complaint about them asks the unit to act (warn people, report them).
        List<Span> insiders = found(text, lexicon.insiders());
        boolean enforcement = actor == null && insiders.isEmpty()
                && (impostor || !found(text, lexicon.enforcementRequests()).isEmpty());
        // Thanks with no accusation and no hint at insiders: staff praised for what they did are not accused.
        boolean praise = !enforcement && insiders.isEmpty() && !found(text, lexicon.praise()).isEmpty();
        if (praise) {
            evidence.add("praises staff, accuses nobody");
        } else if (actor != null) {
            evidence.add("staff doing something, unclear whether accused: " + actor.span().phrase());
        } else if (!insiders.isEmpty()) {
            evidence.add("the place's own people hinted at, unclear whether accused: " + insiders.get(0).phrase());
        } else if (enforcement) {
            evidence.add("asks for action against others, no staff accused");
        }
        Kind kind = enforcement ? Kind.ENFORCEMENT_REQUESTED : praise ? Kind.PRAISE : Kind.NEITHER;
        return new TextAccusation(kind, null, null, null, null, false, null, mentions(offices), evidence);
    }

    /** The lexicon's phrases found in the text, the cancelled and the negated left out. */
    private Words words(WordedText text) {
        List<Span> notMisconduct = found(text, lexicon.notMisconduct());
        List<Span> negations = found(text, lexicon.negations());
        return new Words(
                affirmed(withoutCancelled(found(text, lexicon.actsByStaff()), notMisconduct), negations),
                affirmed(withoutCancelled(found(text, lexicon.actsByAnyone()), notMisconduct), negations),
                withoutCancelled(found(text, lexicon.beforeStaff()), notMisconduct),
                withoutCancelled(found(text, lexicon.impliedStaffMisconduct()), notMisconduct),
                found(text, lexicon.thirdParties()),
                withoutCancelled(found(text, lexicon.addressing()), found(text, lexicon.notAddressing())),
                found(text, lexicon.addressFillers()),
                found(text, lexicon.impersonation()),
                found(text, lexicon.outsiders()),
                found(text, lexicon.referring()));
    }

    private TextAccusation accused(WordedText text, Subject subject, Span act, int until, List<Located> offices,
            Words words, Collection<String> knownLevels, List<String> evidence) {
        UnitMention unit = subject.unit() != null ? subject.unit().mention()
                : nearbyOffice(text, subject.span(), offices, words);
        StaffTerm term = subject.term();
        return new TextAccusation(Kind.STAFF_ACCUSED, unit, term == null ? null : term.section(),
                term == null ? null : term.position(), levelOf(text, subject, until, knownLevels),
                term != null && Boolean.TRUE.equals(term.unitless()), act.phrase(), mentions(offices), evidence);
    }

    /** A word that accuses officials by itself, unless outsiders are named next to it. */
    private static Optional<Span> impliedAccusation(WordedText text, Words words, List<String> evidence) {
        for (Span implied : words.implied()) {
            boolean byOutsiders = words.outsiders().stream().anyMatch(o -> text.sameSentence(o.from(), implied.from())
                    && Math.abs(o.from() - implied.from()) <= OUTSIDER_WINDOW);
            if (!byOutsiders) {
                evidence.add("officials accused: " + implied.phrase());
                return Optional.of(implied);
            }
            evidence.add("outsiders, not staff: " + implied.phrase());
        }
        return Optional.empty();
    }

    /** Staff words (the longest where they overlap, minus the cancelled) and offices named alone, in text order. */
    private List<Subject> subjects(WordedText text, List<Located> offices) {
        List<Span> notStaff = found(text, lexicon.notStaff());
        List<Subject> staff = new ArrayList<>();
        for (StaffTerm term : lexicon.staff()) {
            for (Span span : text.find(term.term())) {
                if (notStaff.stream().noneMatch(n -> n.contains(span))) {
                    staff.add(new Subject(span, term, null));
                }
            }
        }
        staff.sort(Comparator.comparingInt((Subject s) -> s.span().from())
                .thenComparing(s -> -(s.span().to() - s.span().from())));
        List<Subject> subjects = new ArrayList<>();
        for (Subject candidate : staff) {
            if (subjects.stream().noneMatch(s -> s.span().overlaps(candidate.span()))) {
                subjects.add(new Subject(candidate.span(), candidate.term(),
                        attachedOffice(candidate.span(), offices)));
            }
        }
        for (Located office : offices) {
            boolean partOfStaff = subjects.stream()
                    .anyMatch(s -> s.unit() == office || s.span().overlaps(office.span()));
            if (office.mention().namesAnOffice() && !partOfStaff) {
                subjects.add(new Subject(office.span(), null, office));
            }
        }
        subjects.sort(Comparator.comparingInt(s -> s.span().from()));
        return subjects;
    }

    /** The office written with a staff word: overlapping it, right after it or right before it. */
    private static Located attachedOffice(Span staff, List<Located> offices) {
        for (Located office : offices) {
            Span span = office.span();
            boolean attached = span.overlaps(staff)
                    || (span.from() >= staff.to() && span.from() - staff.to() <= ATTACHED_UNIT_GAP)
                    || (span.to() <= staff.from() && staff.from() - span.to() <= 1);
            if (attached) {
                return office;
            }
        }
        return null;
    }

    /** The nearest office in the same sentence that the text does not ask to act, if any. */
    private static UnitMention nearbyOffice(WordedText text, Span near, List<Located> offices, Words words) {
        return offices.stream()
                .filter(o -> o.mention().namesAnOffice() && text.sameSentence(o.span().from(), near.from()))
                .filter(o -> distance(o.span(), near) <= NEARBY_UNIT_WINDOW)
                .filter(o -> !addressed(o.span(), words))
                .min(Comparator.comparingInt(o -> distance(o.span(), near)))
                .map(Located::mention)
                .orElse(null);
    }

    private static int distance(Span a, Span b) {
        return a.to() <= b.from() ? b.from() - a.to() : Math.max(0, a.from() - b.to());
    }

    /** Where the next staff word or office starts after the i-th: an act from there on is that one's. */
    private static int nextSubjectFrom(List<Subject> subjects, int i, int end) {
        Span span = subjects.get(i).span();
        return subjects.stream().skip(i + 1L).map(Subject::span).filter(s -> s.from() >= span.to())
                .mapToInt(Span::from).findFirst().orElse(end);
    }

    /**
     * An act within the window after the staff word, in the same sentence and before the next staff word (an act
     * belongs to the staff written nearest before it); a generic one only before a third party.
     */
    private static Optional<Span> actAfter(WordedText text, Span subject, int until, Words words) {
        Optional<Span> byStaff = words.staffActs().stream().filter(a -> a.from() < until)
                .filter(a -> within(text, subject, a)).findFirst();
        if (byStaff.isPresent()) {
            return byStaff;
        }
        return words.anyoneActs().stream().filter(a -> a.from() < until).filter(a -> within(text, subject, a))
                .filter(a -> words.thirdParties().stream()
                        .noneMatch(t -> t.from() >= subject.to() && t.to() <= a.from()))
                .findFirst();
    }

    private static boolean within(WordedText text, Span subject, Span act) {
        return act.from() >= subject.to() && act.from() - subject.to() <= ACT_WINDOW
                && text.sameSentence(subject.from(), act.from());
    }

    /** A payment, a family tie or a complaint written shortly before the staff word, in the same sentence. */
    private static Optional<Span> signBefore(WordedText text, Span subject, Words words) {
        return words.before().stream()
                .filter(p -> p.to() <= subject.from() && subject.from() - p.to() <= BEFORE_WINDOW)
                .filter(p -> text.sameSentence(p.from(), subject.from()))
                .reduce((first, second) -> second);
    }

    /** Asked to act: an addressing word right before, with nothing but fillers between. */
    private static boolean addressed(Span subject, Words words) {
        return words.addressing().stream().anyMatch(a -> onlyFillersBetween(a.to(), subject.from(), words));
    }

    /** A staff word and the office written right after it, as one ({@code ผู้อำนวยการเขตดินแดง}). */
    private static Span withAttachedOffice(Subject subject) {
        Span span = subject.span();
        return subject.unit() == null ? span
                : new Span(span.from(), Math.max(span.to(), subject.unit().span().to()), span.phrase());
    }

    /** Passes the complaint on: a referring word right after, with nothing but fillers between. */
    private static boolean followedBy(Span subject, List<Span> following, Words words) {
        return following.stream().anyMatch(f -> onlyFillersBetween(subject.to(), f.from(), words));
    }

    private static boolean onlyFillersBetween(int from, int to, Words words) {
        int at = from;
        while (at < to) {
            int here = at;
            Optional<Span> filler = words.fillers().stream().filter(f -> f.from() == here).findFirst();
            if (filler.isEmpty()) {
                break;
            }
            at = filler.get().to();
        }
        return at == to;
    }

    /**
     * A position level the rules know, written with the staff word or a few words after it ({@code ระดับชำนาญงาน},
     * {@code (ชำนาญการพิเศษ)}, {@code ตำแหน่งระดับชำนาญการพิเศษ}), in the same sentence and before the next staff word.
     */
    private static String levelOf(WordedText text, Subject accused, int until, Collection<String> knownLevels) {
        Span subject = accused.span();
        // An office written as the one acting takes the level written with the staff word just before it
        // (ขรก.ระดับชำนาญการพิเศษ ฝ่ายโยธา เขตบางซื่อ อนุมัติแบบ…).
        int from = accused.term() == null ? Math.max(0, subject.from() - LEVEL_WINDOW) : subject.from();
        String best = null;
        for (String level : knownLevels) {
            for (Span span : text.find(level)) {
                if (span.from() >= from && span.from() - subject.to() <= LEVEL_WINDOW
                        && span.from() < until && text.sameSentence(subject.from(), span.from())
                        && (best == null || level.length() > best.length())) {
                    best = level;
                }
            }
        }
        return best;
    }

    private static List<Span> found(WordedText text, List<String> phrases) {
        List<Span> spans = new ArrayList<>();
        phrases.forEach(p -> spans.addAll(text.find(p)));
        spans.sort(Comparator.comparingInt(Span::from));
        return spans;
    }

    /** The acts not written right after a negation ({@code ไม่เคยเก็บเงิน}). */
    private static List<Span> affirmed(List<Span> acts, List<Span> negations) {
        return acts.stream().filter(a -> negations.stream().noneMatch(n -> n.to() == a.from())).toList();
    }

    private static List<Span> withoutCancelled(List<Span> spans, List<Span> cancelling) {
        return spans.stream().filter(s -> cancelling.stream().noneMatch(c -> c.contains(s))).toList();
    }

    private static List<UnitMention> mentions(List<Located> offices) {
        return offices.stream().map(Located::mention).toList();
    }

    /** A staff word or an office named as the one doing something, with the office written with it. */
    private record Subject(Span span, StaffTerm term, Located unit) {
    }

    /** An office the text names, and the words it takes. */
    private record Located(Span span, UnitMention mention) {
    }

    /** Where the lexicon's phrases are in one text. */
    private record Words(List<Span> staffActs, List<Span> anyoneActs, List<Span> before, List<Span> implied,
            List<Span> thirdParties, List<Span> addressing, List<Span> fillers, List<Span> impostors,
            List<Span> outsiders, List<Span> referring) {
    }
}
