package th.bma.anticorruption.routing.jurisdiction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.DirectoryUnit;
import th.bma.anticorruption.routing.directory.Section;
import th.bma.anticorruption.routing.directory.UnitKind;
import th.bma.anticorruption.routing.directory.UnitMatch;
import th.bma.anticorruption.routing.directory.UnitMention;
import th.bma.anticorruption.routing.rules.AccusedUnitFinding;

/**
 * Finds the unit whose staff a complaint accuses, whatever the channel, strongest source first:
 * <ol>
 * <li>the unit the channel named with the accused person (NAMED);</li>
 * <li>when the text accuses staff ({@link AccusationReader}): the office written with the accused staff
 * ({@code ฝ่ายทะเบียน เขตบางกะปิ}, {@code เทศกิจเขตสาทร}); else the organisation the channel sent it to (a Traffy
 * ticket's {@code ฝ่ายรายได้ เขตบางรัก}); else the section a staff word implies in the complaint's district
 * ({@code เทศกิจ} in Sathon); else the complaint's district (or the one district its text names) and line of work
 * (a 1555 call: that district office's section of the line) — all INFERRED; with no place at all, UNKNOWN;</li>
 * <li>a text that asks a unit to act against someone else, or only thanks its staff, accuses nobody there (NONE); a
 * text that says neither
 * leaves the unit UNCLEAR: the one it is addressed to or written from, or none at all.</li>
 * </ol>
 * A section's staff are the district office's: the office is the unit to avoid.
 */
public final class AccusedUnitInference {

    private final Directory directory;
    private final AccusationReader reader;
    private final AccusationLexicon lexicon;

    public AccusedUnitInference(Directory directory, AccusationLexicon lexicon) {
        this.directory = directory;
        this.lexicon = lexicon;
        this.reader = new AccusationReader(lexicon, directory);
    }

    /** A position title as a channel wrote it, in the words the rule table knows ({@link AccusationLexicon#titleOf}). */
    public String titleOf(String written) {
        return lexicon.titleOf(written);
    }

    public AccusedUnit infer(ComplaintSummary complaint, LineOfWork lineOfWork, Collection<String> knownLevels) {
        AccusedPerson accused = complaint.accused();
        Optional<UnitMatch> organisation = directory.resolve(complaint.organisation());
        BangkokDistrict district = BangkokDistrict.fromThai(complaint.district())
                .or(() -> organisation.map(UnitMatch::unit).filter(u -> u.kind() == UnitKind.DISTRICT_OFFICE)
                        .flatMap(u -> BangkokDistrict.fromCode(u.code())))
                .orElse(null);
        TextAccusation text = reader.read(complaint.description(), district, knownLevels);
        List<String> evidence = new ArrayList<>(text.evidence());

        Optional<UnitMatch> named = accused == null ? Optional.empty()
                : directory.resolve(accused.unitCode()).or(() -> directory.resolve(accused.unit()));
        if (named.isPresent()) {
            evidence.add("accused unit " + named.get().code() + " named by the channel");
            return found(AccusedUnitFinding.NAMED, named.get(), AccusedUnit.Source.CHANNEL, text,
                    "ช่องทางระบุว่าผู้ถูกกล่าวหาสังกัด" + named.get().unit().nameTh(),
                    "the channel names the accused's unit, " + named.get().unit().nameEn(), evidence,
                    named.get().section());
        }
        boolean accusesStaff = text.kind() == TextAccusation.Kind.STAFF_ACCUSED || describesSomeone(accused);
        if (accusesStaff) {
            return staffOf(text, organisation, district, lineOfWork, evidence);
        }
        if (text.kind() == TextAccusation.Kind.ENFORCEMENT_REQUESTED || text.kind() == TextAccusation.Kind.PRAISE) {
            return AccusedUnit.none(evidence);
        }
        Optional<UnitMatch> addressed = organisation
                .or(() -> text.offices().stream().filter(UnitMention::namesAnOffice).findFirst()
                        .map(UnitMention::match))
                .or(() -> Optional.ofNullable(district).map(d -> new UnitMatch(directory.districtOffice(d), null)));
        if (addressed.isPresent()) {
            evidence.add("unclear whether " + addressed.get().code() + " staff are accused or it is asked to act");
            return new AccusedUnit(AccusedUnitFinding.UNCLEAR, addressed.get(), null,
                    "ข้อความไม่ชัดว่ากล่าวหาเจ้าหน้าที่ของ" + addressed.get().unit().nameTh()
                            + " หรือขอให้หน่วยงานนั้นดำเนินการกับผู้อื่น",
                    "the text does not say whether it accuses staff of " + addressed.get().unit().nameEn()
                            + " or asks that unit to act against someone else",
                    null, null, List.copyOf(evidence), null);
        }
        evidence.add("neither staff accused nor a unit asked to act");
        return new AccusedUnit(AccusedUnitFinding.UNCLEAR, null, null,
                "ข้อความไม่ระบุทั้งเจ้าหน้าที่ที่ถูกกล่าวหาและหน่วยงานที่ขอให้ดำเนินการ",
                "the text names neither accused staff nor a unit asked to act", null, null, List.copyOf(evidence), null);
    }

    private AccusedUnit staffOf(TextAccusation text, Optional<UnitMatch> organisation, BangkokDistrict district,
            LineOfWork lineOfWork, List<String> evidence) {
        if (text.unitless()) {
            evidence.add("a political office holder accused: no unit of theirs to avoid");
            return new AccusedUnit(AccusedUnitFinding.NONE, null, null, null, null, text.position(), text.level(),
                    List.copyOf(evidence), null);
        }
        String marker = text.marker() == null ? "" : ": “" + text.marker() + "”";
        if (text.accusedUnit() != null) {
            UnitMatch unit = text.accusedUnit().match();
            evidence.add("accused unit " + unit.code() + " named in the text: " + text.accusedUnit().text());
            return found(AccusedUnitFinding.INFERRED, unit, AccusedUnit.Source.TEXT, text,
                    "ข้อความระบุ “" + text.accusedUnit().text() + "” และกล่าวหาเจ้าหน้าที่" + marker,
                    "the text names “" + text.accusedUnit().text() + "” and accuses its staff" + marker, evidence,
                    unit.section());
        }
        if (organisation.isPresent()) {
            UnitMatch unit = refined(organisation.get(), text.sectionKey());
            evidence.add("accused unit " + unit.code() + " from the organisation the channel sent it to");
            return found(AccusedUnitFinding.INFERRED, unit, AccusedUnit.Source.ORGANISATION, text,
                    "เรื่องส่งถึง" + nameTh(organisation.get()) + " และข้อความกล่าวหาเจ้าหน้าที่ของหน่วยงานนั้น" + marker,
                    "it went to " + nameEn(organisation.get()) + " and its text accuses that unit's staff" + marker,
                    evidence, null);
        }
        BangkokDistrict place = district != null ? district : soleDistrictNamed(text).orElse(null);
        if (place != null) {
            DirectoryUnit office = directory.districtOffice(place);
            Optional<Section> section = sectionOf(office, text.sectionKey())
                    .or(() -> directory.sectionFor(office, lineOfWork));
            UnitMatch unit = new UnitMatch(office, section.orElse(null));
            evidence.add("accused unit " + unit.code() + " from the complaint's district and "
                    + (text.sectionKey() != null ? "the staff it names" : "line of work " + lineOfWork));
            String where = section.map(Section::nameTh).orElse(office.nameTh());
            String whereEn = section.map(Section::nameEn).orElse(office.nameEn());
            return found(AccusedUnitFinding.INFERRED, unit, AccusedUnit.Source.PLACE, text,
                    "ข้อความกล่าวหาเจ้าหน้าที่ในพื้นที่ของ" + where + marker,
                    "the text accuses staff where " + whereEn + " is responsible" + marker, evidence, null);
        }
        evidence.add("staff accused, but no unit or place to tell which");
        return new AccusedUnit(AccusedUnitFinding.UNKNOWN, null, null,
                "ข้อความกล่าวหาเจ้าหน้าที่แต่ไม่ระบุหน่วยงานหรือพื้นที่" + marker,
                "the text accuses staff but names no unit or place" + marker, text.position(), text.level(),
                List.copyOf(evidence), null);
    }

    /** The one district the text names (as a place or an office), when it names exactly one. */
    private static Optional<BangkokDistrict> soleDistrictNamed(TextAccusation text) {
        List<BangkokDistrict> named = text.offices().stream().map(m -> m.match().unit())
                .filter(u -> u.kind() == UnitKind.DISTRICT_OFFICE).map(DirectoryUnit::code).distinct()
                .map(BangkokDistrict::fromCode).flatMap(Optional::stream).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static AccusedUnit found(AccusedUnitFinding finding, UnitMatch unit, AccusedUnit.Source source,
            TextAccusation text, String basisTh, String basisEn, List<String> evidence, Section namedSection) {
        return new AccusedUnit(finding, unit, source, basisTh, basisEn, text.position(), text.level(),
                List.copyOf(evidence), namedSection);
    }

    /** A district office sent the complaint, the text names the section (เทศกิจ): that section of the office. */
    private UnitMatch refined(UnitMatch organisation, String sectionKey) {
        if (organisation.section() != null || organisation.unit().kind() != UnitKind.DISTRICT_OFFICE) {
            return organisation;
        }
        return sectionOf(organisation.unit(), sectionKey).map(s -> new UnitMatch(organisation.unit(), s))
                .orElse(organisation);
    }

    private static Optional<Section> sectionOf(DirectoryUnit office, String sectionKey) {
        return sectionKey == null ? Optional.empty()
                : office.sections().stream().filter(s -> s.code().equals(office.code() + "-" + sectionKey)).findFirst();
    }

    private static String nameTh(UnitMatch match) {
        return match.section() != null ? match.section().nameTh() : match.unit().nameTh();
    }

    private static String nameEn(UnitMatch match) {
        return match.section() != null ? match.section().nameEn() : match.unit().nameEn();
    }

    private static boolean describesSomeone(AccusedPerson accused) {
        return accused != null && (present(accused.name()) || present(accused.position())
                || present(accused.positionLevel()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
