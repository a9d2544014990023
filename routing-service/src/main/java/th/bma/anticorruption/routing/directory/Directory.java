package th.bma.anticorruption.routing.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.DistrictGroup;
import th.bma.anticorruption.contracts.LineOfWork;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unit directory: the 50 district offices (from {@link BangkokDistrict}) with the sections of a district office,
 * the six district groups, the bureaus, the three working groups, NACC, PACC, the ก.ก. office and the centre, with
 * stable codes. Seed data read once at start-up ({@code directory/directory.json}); immutable, so lookups are lock-free.
 * Also finds a body from the names channels write, e.g. Traffy's {@code ฝ่ายเทศกิจ เขตปทุมวัน} or {@code สำนักสิ่งแวดล้อม กทม.}.
 */
public final class Directory {

    public static final String CENTRE = "CENTRE";
    public static final String INTERNAL_TRACK = "CSC-OFFICE";

    private static final Pattern DISTRICT_NAME = Pattern.compile("เขต\\s*([\\u0E00-\\u0E7F]+)");

    private final Map<String, DirectoryUnit> byCode;
    /** Thai names and aliases of the non-district bodies, longest first, so the most specific name wins. */
    private final List<Map.Entry<String, DirectoryUnit>> bodyNames;
    private final List<SectionSeed> sectionSeeds;

    private Directory(Map<String, DirectoryUnit> byCode, List<Map.Entry<String, DirectoryUnit>> bodyNames,
            List<SectionSeed> sectionSeeds) {
        this.byCode = byCode;
        this.bodyNames = bodyNames;
        this.sectionSeeds = sectionSeeds;
    }

    public static Directory load(InputStream json, JsonMapper mapper) {
        Seed seed;
        try (json) {
            seed = mapper.readValue(json, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, DirectoryUnit> units = new LinkedHashMap<>();
        for (BangkokDistrict district : BangkokDistrict.values()) {
            List<Section> sections = seed.districtOfficeSections().stream()
                    .map(s -> new Section(district.code() + "-" + s.key(), s.nameTh() + " สำนักงานเขต" + district.nameTh(),
                            s.nameEn() + ", " + district.nameEn() + " District Office", s.lineOfWork(),
                            List.copyOf(s.topics())))
                    .toList();
            put(units, new DirectoryUnit(district.code(), UnitKind.DISTRICT_OFFICE, "สำนักงานเขต" + district.nameTh(),
                    district.nameEn() + " District Office", district.group().code(), null, List.of(), sections));
        }
        for (DistrictGroup group : DistrictGroup.values()) {
            put(units, new DirectoryUnit(group.code(), UnitKind.DISTRICT_GROUP, group.nameTh(), group.nameEn(), null,
                    null, List.of(), List.of()));
        }
        List<Map.Entry<String, DirectoryUnit>> names = new ArrayList<>();
        for (BodySeed body : seed.bodies()) {
            DirectoryUnit unit = new DirectoryUnit(body.code(), body.kind(), body.nameTh(), body.nameEn(), null,
                    body.lineOfWork(), List.copyOf(body.topics()), List.of());
            put(units, unit);
            names.add(Map.entry(normalise(body.nameTh()), unit));
            body.aliases().forEach(alias -> names.add(Map.entry(normalise(alias), unit)));
        }
        names.sort(Comparator.comparing((Map.Entry<String, DirectoryUnit> e) -> e.getKey().length()).reversed());
        if (!units.containsKey(CENTRE) || !units.containsKey(INTERNAL_TRACK)) {
            throw new IllegalStateException("The directory must name the centre and the ก.ก. office");
        }
        return new Directory(Map.copyOf(units), List.copyOf(names), List.copyOf(seed.districtOfficeSections()));
    }

    private static void put(Map<String, DirectoryUnit> units, DirectoryUnit unit) {
        if (units.put(unit.code(), unit) != null) {
            throw new IllegalStateException("Duplicate directory code " + unit.code());
        }
    }

    public Optional<DirectoryUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public DirectoryUnit get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No directory entry " + code));
    }

    /** Every body, in a stable order: district offices by code, district groups, then the other bodies. */
    public List<DirectoryUnit> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparing((DirectoryUnit u) -> u.kind().ordinal()).thenComparing(DirectoryUnit::code))
                .toList();
    }

    public DirectoryUnit districtOffice(BangkokDistrict district) {
        return get(district.code());
    }

    /** The section of a district office that answers for a line of work (ฝ่ายโยธา for PUBLIC_WORKS), if one does. */
    public Optional<Section> sectionFor(DirectoryUnit office, LineOfWork lineOfWork) {
        return office.sections().stream().filter(s -> lineOfWork != null && s.lineOfWork() == lineOfWork).findFirst();
    }

    /**
     * Every body a free text names, in order, none overlapping: a district office or one of its sections with the
     * district ({@code ฝ่ายทะเบียน เขตบางกะปิ}, {@code เทศกิจเขตสาทร}, {@code สำนักงานเขตจตุจักร}, or only
     * {@code เขตสาทร}, which names a place as much as an office), an office or section without the district
     * ({@code ที่ว่าการเขต}, {@code ฝ่ายทะเบียน}: taken to be that of {@code district}, when it is known), and the other
     * bodies by name ({@code สำนักการโยธา}). Offsets are those of the text without white space, in NFC
     * ({@link #normalise}).
     */
    public List<UnitMention> mentionsIn(String text, BangkokDistrict district) {
        return UnitMentions.find(this, normalise(text == null ? "" : text), district);
    }

    /** The body that answers for a line of work city-wide (a bureau), if there is one. */
    public Optional<DirectoryUnit> bureauFor(LineOfWork lineOfWork) {
        return byCode.values().stream()
                .filter(u -> u.kind() == UnitKind.BUREAU && u.lineOfWork() == lineOfWork)
                .findFirst();
    }

    /** The working group whose area a line of work or topic is, if any. */
    public Optional<DirectoryUnit> workingGroupFor(LineOfWork lineOfWork, Iterable<String> topics) {
        for (String topic : topics) {
            Optional<DirectoryUnit> byTopic = byCode.values().stream()
                    .filter(u -> u.kind() == UnitKind.WORKING_GROUP && u.topics().contains(topic))
                    .findFirst();
            if (byTopic.isPresent()) {
                return byTopic;
            }
        }
        return byCode.values().stream()
                .filter(u -> u.kind() == UnitKind.WORKING_GROUP && lineOfWork != null && u.lineOfWork() == lineOfWork)
                .findFirst();
    }

    /**
     * Finds the body (and section) a free-text unit or organisation name means: a code as is, a district office or one
     * of its sections ({@code ฝ่ายโยธา เขตประเวศ}, {@code สำนักงานเขตปทุมวัน}, {@code เขตสาทร}), or a bureau or other body
     * by its Thai name or alias ({@code สำนักสิ่งแวดล้อม กทม.}).
     */
    public Optional<UnitMatch> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        Optional<UnitMatch> byCode = findByAnyCode(trimmed);
        if (byCode.isPresent()) {
            return byCode;
        }
        String text = normalise(trimmed);
        Matcher district = DISTRICT_NAME.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFC));
        while (district.find()) {
            Optional<BangkokDistrict> found = districtNamedAtStartOf(district.group(1));
            if (found.isPresent()) {
                DirectoryUnit office = districtOffice(found.get());
                return Optional.of(new UnitMatch(office, sectionNamed(office, text)));
            }
        }
        for (Map.Entry<String, DirectoryUnit> body : bodyNames) {
            if (text.contains(body.getKey())) {
                return Optional.of(new UnitMatch(body.getValue(), null));
            }
        }
        return Optional.empty();
    }

    /** Thai runs on without spaces ({@code เขตปทุมวันกทม}): the longest district name the run starts with. */
    static Optional<BangkokDistrict> districtNamedAtStartOf(String run) {
        BangkokDistrict best = null;
        for (BangkokDistrict district : BangkokDistrict.values()) {
            if (run.startsWith(district.nameTh()) && (best == null || district.nameTh().length() > best.nameTh().length())) {
                best = district;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<UnitMatch> findByAnyCode(String code) {
        DirectoryUnit unit = byCode.get(code);
        if (unit != null) {
            return Optional.of(new UnitMatch(unit, null));
        }
        for (DirectoryUnit office : byCode.values()) {
            for (Section section : office.sections()) {
                if (section.code().equals(code)) {
                    return Optional.of(new UnitMatch(office, section));
                }
            }
        }
        return Optional.empty();
    }

    private Section sectionNamed(DirectoryUnit office, String text) {
        for (int i = 0; i < sectionSeeds.size(); i++) {
            SectionSeed seed = sectionSeeds.get(i);
            boolean named = text.contains(normalise(seed.nameTh()))
                    || seed.aliases().stream().anyMatch(alias -> text.contains(normalise(alias)));
            if (named) {
                return office.sections().get(i);
            }
        }
        return null;
    }

    List<SectionSeed> sectionSeeds() {
        return sectionSeeds;
    }

    List<Map.Entry<String, DirectoryUnit>> bodyNames() {
        return bodyNames;
    }

    /** Text as the directory compares it: NFC, without white space. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    record Seed(List<SectionSeed> districtOfficeSections, List<BodySeed> bodies) {
    }

    record SectionSeed(String key, String nameTh, String nameEn, List<String> aliases, List<String> shortNames,
            LineOfWork lineOfWork, List<String> topics) {

        SectionSeed {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
        }
    }

    record BodySeed(String code, UnitKind kind, String nameTh, String nameEn, List<String> aliases,
            LineOfWork lineOfWork, List<String> topics) {
    }
}
