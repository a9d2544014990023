package th.bma.anticorruption.routing.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The words by which routing tells whether a complaint accuses staff of a unit or asks a unit to act against someone
 * else: a judgement kept as data ({@code jurisdiction/accusation.json}), not as code.
 * <ul>
 * <li>{@code staff}: words for BMA staff and positions; a term may name the district-office section it implies
 * ({@code เทศกิจ}) or the position it is ({@code ผู้อำนวยการเขต}), or hold a political office of no unit
 * ({@code unitless}: ส.ก., the Governor);</li>
 * <li>{@code actsByStaff} after a staff word, {@code beforeStaff} (a payment, a family tie, a complaint) right before
 * it, make it an accusation; {@code actsByAnyone} count only until a third party ({@code ผู้รับเหมา}, {@code ร้านค้า})
 * is named in between; an act right after one of the {@code negations} ({@code ไม่เคยเก็บเงิน}) does not count;</li>
 * <li>{@code impliedStaffMisconduct}: words that accuse officials by themselves ({@code ใต้โต๊ะ}, {@code ส่วย}), unless
 * an outsider ({@code ตำรวจ}) is named next to them;</li>
 * <li>{@code addressing} right before a staff word (with only {@code addressFillers} between) makes the staff the ones
 * asked to act, {@code impersonation} makes them impostors; {@code notStaff}, {@code notMisconduct} and
 * {@code notAddressing} are longer phrases that cancel what they contain ({@code พนักงานบริษัท}, {@code รับเงินคืน},
 * {@code ร้องเรียน});</li>
 * <li>{@code referring} right after a staff word makes them the one who passes the complaint on
 * ({@code รองผู้ว่าฯ ส่งเรื่อง…}, {@code ผู้อำนวยการเขตส่งเรื่องมาให้ตรวจสอบ…}), not the accused;</li>
 * <li>{@code enforcementRequests}: a complaint that writes no staff as doing anything and has one of these asks the
 * unit to act against someone else; {@code thirdParties} ({@code ร้านค้า}, {@code ผู้รับเหมา}) end the reach of
 * {@code actsByAnyone};</li>
 * <li>{@code insiders}: words that point at the place's own people without saying what they did ({@code คนใน},
 * {@code มีเส้น}, {@code รู้เห็น}); a text with one is never read as only asking a unit to act against someone else;</li>
 * <li>{@code praise}: thanks ({@code ขอบคุณ}, {@code ชื่นชม}); a text with one, no accusation and no insider hint accuses
 * nobody.</li>
 * </ul>
 */
public record AccusationLexicon(
        Map<String, String> abbreviations,
        List<StaffTerm> staff,
        List<String> notStaff,
        List<String> actsByStaff,
        List<String> actsByAnyone,
        List<String> beforeStaff,
        List<String> impliedStaffMisconduct,
        List<String> notMisconduct,
        List<String> negations,
        List<String> addressing,
        List<String> notAddressing,
        List<String> addressFillers,
        List<String> impersonation,
        List<String> outsiders,
        List<String> thirdParties,
        List<String> enforcementRequests,
        List<String> referring,
        List<String> insiders,
        List<String> praise) {

    /**
     * A word for staff; {@code section} is a district-office section key, {@code position} a title rules know,
     * {@code unitless} a political office that belongs to no unit.
     */
    public record StaffTerm(String term, String section, String position, Boolean unitless) {
    }

    /**
     * A position title as a channel wrote it, in the words the rule table knows: abbreviations written out
     * ({@code ผอ.กองควบคุมอาคาร} → {@code ผู้อำนวยการกองควบคุมอาคาร}) and a customary name replaced by the title of its
     * staff term ({@code ปลัดเขตบางรัก} → {@code ผู้ช่วยผู้อำนวยการเขตบางรัก}).
     */
    public String titleOf(String written) {
        if (written == null) {
            return null;
        }
        String title = Normalizer.normalize(written, Normalizer.Form.NFC).strip();
        for (Map.Entry<String, String> abbreviation : abbreviations.entrySet()) {
            title = title.replace(abbreviation.getKey(), abbreviation.getValue());
        }
        StaffTerm named = null;
        for (StaffTerm term : staff) {
            if (term.position() != null && title.startsWith(term.term())
                    && (named == null || term.term().length() > named.term().length())) {
                named = term;
            }
        }
        return named == null ? title : named.position() + title.substring(named.term().length());
    }

    /** Reads the lexicon; every list must be there (an empty one says "none"). */
    public static AccusationLexicon load(InputStream json, JsonMapper mapper) {
        AccusationLexicon lexicon;
        try (json) {
            lexicon = mapper.readValue(json, AccusationLexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean complete = Stream.of(lexicon.abbreviations, lexicon.staff, lexicon.notStaff, lexicon.actsByStaff,
                lexicon.actsByAnyone, lexicon.beforeStaff, lexicon.impliedStaffMisconduct, lexicon.notMisconduct,
                lexicon.negations, lexicon.addressing, lexicon.notAddressing, lexicon.addressFillers,
                lexicon.impersonation, lexicon.outsiders,
                lexicon.thirdParties, lexicon.enforcementRequests, lexicon.referring, lexicon.insiders, lexicon.praise).allMatch(Objects::nonNull);
        if (!complete) {
            throw new IllegalStateException("The accusation lexicon lacks a list");
        }
        return lexicon;
    }
}
