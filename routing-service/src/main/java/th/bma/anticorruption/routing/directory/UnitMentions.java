package th.bma.anticorruption.routing.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import th.bma.anticorruption.contracts.BangkokDistrict;

/** Finds the bodies a free text names; see {@link Directory#mentionsIn}. */
final class UnitMentions {

    private static final String DISTRICT = "เขต";
    private static final List<String> OFFICE_WORDS = List.of("สำนักงาน", "ที่ว่าการ");
    /** {@code bangkapidistrict}: each district's English name as a compacted lower-case text writes it. */
    private static final Map<BangkokDistrict, String> ENGLISH = Arrays.stream(BangkokDistrict.values())
            .collect(Collectors.toMap(d -> d,
                    d -> d.nameEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "district",
                    (a, b) -> a, () -> new EnumMap<>(BangkokDistrict.class)));

    private final Directory directory;
    private final String text;
    private final BangkokDistrict district;
    private final List<UnitMention> found = new ArrayList<>();

    private UnitMentions(Directory directory, String text, BangkokDistrict district) {
        this.directory = directory;
        this.text = text;
        this.district = district;
    }

    static List<UnitMention> find(Directory directory, String text, BangkokDistrict district) {
        UnitMentions mentions = new UnitMentions(directory, text, district);
        mentions.districtOffices();
        mentions.englishDistrictOffices();
        mentions.sectionsWithoutDistrict();
        mentions.bodies();
        mentions.found.sort(Comparator.comparingInt(UnitMention::start));
        return List.copyOf(mentions.found);
    }

    /** {@code [ฝ่ายX|X][สำนักงาน|ที่ว่าการ]เขต[ชื่อเขต]}: with the district, or with an office word and the default. */
    private void districtOffices() {
        for (int at = text.indexOf(DISTRICT); at >= 0; at = text.indexOf(DISTRICT, at + DISTRICT.length())) {
            int start = at;
            boolean officeWord = false;
            for (String word : OFFICE_WORDS) {
                if (text.startsWith(word, at - word.length())) {
                    start = at - word.length();
                    officeWord = true;
                }
            }
            int afterWord = at + DISTRICT.length();
            Optional<BangkokDistrict> named = Directory.districtNamedAtStartOf(thaiRunFrom(afterWord));
            BangkokDistrict which = named.orElse(officeWord ? district : null);
            if (which == null || overlaps(start, afterWord)) {
                continue;
            }
            DirectoryUnit office = directory.districtOffice(which);
            int end = afterWord + named.map(d -> d.nameTh().length()).orElse(0);
            SectionAt section = sectionEndingAt(office, start);
            if (section != null) {
                start = section.start();
            }
            found.add(new UnitMention(start, end, new UnitMatch(office, section == null ? null : section.section()),
                    officeWord || section != null, text.substring(start, end)));
        }
    }

    /** {@code Bang Kapi district office} (or only {@code Bang Kapi district}), in any letter case. */
    private void englishDistrictOffices() {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf("district") < 0) {
            return;
        }
        for (Map.Entry<BangkokDistrict, String> english : ENGLISH.entrySet()) {
            BangkokDistrict named = english.getKey();
            String name = english.getValue();
            for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
                boolean office = lower.startsWith("office", at + name.length());
                int end = at + name.length() + (office ? "office".length() : 0);
                if (!overlaps(at, end)) {
                    found.add(new UnitMention(at, end, new UnitMatch(directory.districtOffice(named), null), office,
                            text.substring(at, end)));
                }
            }
        }
    }

    /** {@code ฝ่ายทะเบียน} alone: the section of the complaint's district office, when that is known. */
    private void sectionsWithoutDistrict() {
        if (district == null) {
            return;
        }
        DirectoryUnit office = directory.districtOffice(district);
        List<Directory.SectionSeed> seeds = directory.sectionSeeds();
        for (int i = 0; i < seeds.size(); i++) {
            Section section = office.sections().get(i);
            for (String name : fullNames(seeds.get(i))) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    if (!overlaps(at, at + name.length())) {
                        found.add(new UnitMention(at, at + name.length(), new UnitMatch(office, section), true, name));
                    }
                }
            }
        }
    }

    private void bodies() {
        for (Map.Entry<String, DirectoryUnit> body : directory.bodyNames()) {
            String name = body.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!overlaps(at, at + name.length())) {
                    found.add(new UnitMention(at, at + name.length(), new UnitMatch(body.getValue(), null), true,
                            name));
                }
            }
        }
    }

    /** The section named right before an office word or district ({@code ฝ่ายทะเบียน} or only {@code ทะเบียน}). */
    private SectionAt sectionEndingAt(DirectoryUnit office, int end) {
        List<Directory.SectionSeed> seeds = directory.sectionSeeds();
        SectionAt best = null;
        for (int i = 0; i < seeds.size(); i++) {
            List<String> names = new ArrayList<>(fullNames(seeds.get(i)));
            seeds.get(i).shortNames().forEach(n -> names.add(Directory.normalise(n)));
            for (String name : names) {
                if (end - name.length() >= 0 && text.startsWith(name, end - name.length())
                        && (best == null || end - name.length() < best.start())) {
                    best = new SectionAt(end - name.length(), office.sections().get(i));
                }
            }
        }
        return best;
    }

    private static List<String> fullNames(Directory.SectionSeed seed) {
        List<String> names = new ArrayList<>();
        names.add(Directory.normalise(seed.nameTh()));
        seed.aliases().forEach(alias -> names.add(Directory.normalise(alias)));
        return names;
    }

    private String thaiRunFrom(int from) {
        int end = from;
        while (end < text.length() && Character.UnicodeBlock.of(text.charAt(end)) == Character.UnicodeBlock.THAI) {
            end++;
        }
        return text.substring(from, end);
    }

    private boolean overlaps(int start, int end) {
        return found.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    private record SectionAt(int start, Section section) {
    }
}
