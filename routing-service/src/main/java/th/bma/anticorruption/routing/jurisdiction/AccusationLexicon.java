package th.bma.anticorruption.routing.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * ({@code เทศกิจ}) or the position it is ({@code ผู้อำนวยการเขต});</li>
 * <li>{@code actsByStaff} after a staff word, {@code paymentsToStaff} before it, make it an accusation;
 * {@code actsByAnyone} count only until a third party ({@code ผู้รับเหมา}, {@code ร้านค้า}) is named in between;</li>
 * <li>{@code impliedStaffMisconduct}: words that accuse officials by themselves ({@code ใต้โต๊ะ}, {@code ส่วย}), unless
 * an outsider ({@code ตำรวจ}) is named next to them;</li>
 * <li>{@code addressing} right before a staff word (with only {@code addressFillers} between) makes the staff the ones
 * asked to act, {@code impersonation} makes them impostors; {@code notStaff} and {@code notMisconduct} are longer
 * phrases that cancel what they contain ({@code พนักงานบริษัท}, {@code รับเงินคืน});</li>
 * <li>{@code enforcementRequests} and {@code thirdParties}: a complaint without an accusation that has these asks the
 * unit to enforce.</li>
 * </ul>
 */
public record AccusationLexicon(
        Map<String, String> abbreviations,
        List<StaffTerm> staff,
        List<String> notStaff,
        List<String> actsByStaff,
        List<String> actsByAnyone,
        List<String> paymentsToStaff,
        List<String> impliedStaffMisconduct,
        List<String> notMisconduct,
        List<String> addressing,
        List<String> addressFillers,
        List<String> impersonation,
        List<String> outsiders,
        List<String> thirdParties,
        List<String> enforcementRequests) {

    /** A word for staff; {@code section} is a district-office section key, {@code position} a title rules know. */
    public record StaffTerm(String term, String section, String position) {
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
                lexicon.actsByAnyone, lexicon.paymentsToStaff, lexicon.impliedStaffMisconduct, lexicon.notMisconduct,
                lexicon.addressing, lexicon.addressFillers, lexicon.impersonation, lexicon.outsiders,
                lexicon.thirdParties, lexicon.enforcementRequests).allMatch(Objects::nonNull);
        if (!complete) {
            throw new IllegalStateException("The accusation lexicon lacks a list");
        }
        return lexicon;
    }
}
