package th.bma.anticorruption.load.generator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.Channel;

/**
 * Generates channel records in the platform's real mix ({@link ComplaintMix}) as JSON bodies for the intake
 * endpoints: Traffy Fondue new-issue webhooks (mostly potholes, floods and rubbish, some corruption), 1555 call
 * records and officers' registrations, spread evenly over Bangkok's 50 districts, in Thai.
 *
 * <p>Every record's channel id is unique within a generator: it carries the generator's {@link #runTag()} and a
 * counter. The same seed gives the same records and the same ids, so replaying a seeded run is a duplicate storm;
 * unseeded generators draw their run tag at random. Safe for use by several threads.
 */
public final class LoadGenerator {

    static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);
    private static final ZoneId BANGKOK_ZONE = ZoneId.of("Asia/Bangkok");
    private static final DateTimeFormatter TRAFFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BangkokDistrict[] DISTRICTS = BangkokDistrict.values();
    private static final String TAG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final ComplaintMix mix;
    private final SplittableRandom random;
    private final Clock clock;
    private final String runTag;
    private long counter;

    public LoadGenerator(ComplaintMix mix, long seed, Clock clock) {
        this.mix = mix;
        this.random = new SplittableRandom(seed);
        this.clock = clock.withZone(BANGKOK_ZONE);
        StringBuilder tag = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            tag.append(TAG_ALPHABET.charAt(random.nextInt(TAG_ALPHABET.length())));
        }
        this.runTag = tag.toString();
    }

    /** Same seed, same records (and ids), timestamps from the system clock. */
    public static LoadGenerator seeded(ComplaintMix mix, long seed) {
        return new LoadGenerator(mix, seed, Clock.systemUTC());
    }

    /** A generator with a random seed, so its ids differ from every other run's. */
    public static LoadGenerator unseeded(ComplaintMix mix) {
        return new LoadGenerator(mix, new SplittableRandom().nextLong() ^ System.nanoTime(), Clock.systemUTC());
    }

    /** Four letters or digits in every channel id this generator makes. */
    public String runTag() {
        return runTag;
    }

    public ComplaintMix mix() {
        return mix;
    }

    /** How many records this generator has made. */
    public synchronized long generated() {
        return counter;
    }

    /** The next record of the mix. */
    public synchronized IntakeRequest next() {
        double draw = random.nextDouble();
        if (draw < mix.traffyShare()) {
            return nextTraffyNewIssue(random.nextDouble() < mix.traffyCorruptionShare());
        }
        if (draw < mix.traffyShare() + mix.hotlineShare()) {
            return nextHotlineCall();
        }
        return nextOfficerComplaint();
    }

    /** A Traffy new-issue webhook body, about corruption or not. */
    public synchronized IntakeRequest nextTraffyNewIssue(boolean aboutCorruption) {
        TraffyTicket ticket = nextTraffyTicket(OffsetDateTime.now(clock), aboutCorruption);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", TRAFFY_TIME.format(ticket.reportedAt().withOffsetSameInstant(BANGKOK)));
        body.put("ticket_id", ticket.ticketId());
        body.put("description", ticket.description());
        body.put("type_id", String.valueOf(Math.abs(ticket.types().get(0).hashCode() % 97)));
        body.put("type", String.join(",", ticket.types()));
        body.put("photo", List.of(ticket.photo()));
        body.put("latitude", ticket.latitude());
        body.put("longitude", ticket.longitude());
        body.put("address", ticket.address());
        body.put("orgs", List.of(Map.of("org_id", "10" + ticket.district().geocode(), "org", ticket.organisation())));
        return new IntakeRequest(IntakeEndpoint.TRAFFY_NEW_ISSUE, Channel.TRAFFY_FONDUE, ticket.ticketId(),
                ticket.district(), ticket.aboutCorruption(), JSON.writeValueAsString(body));
    }

    /** A 1555 call record about an official's conduct. */
    public synchronized IntakeRequest nextHotlineCall() {
        BangkokDistrict district = district();
        String callId = "1555-" + runTag + "-" + sequence();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", callId);
        body.put("receivedAt", now().toString());
        body.put("operatorId", "OP-" + (101 + random.nextInt(40)));
        body.put("category", pick(ThaiPhrases.HOTLINE_CATEGORIES));
        body.put("description", fill(pick(ThaiPhrases.HOTLINE_STORIES), district));
        body.put("district", district.nameTh());
        if (random.nextInt(3) == 0) {
            body.put("location", Map.of("latitude", latitude(), "longitude", longitude()));
        } else if (random.nextInt(2) == 0) {
            body.put("location", "หน้าตลาด ถนน" + pick(ThaiPhrases.ROADS));
        }
        body.put("caller", random.nextInt(4) == 0 ? Map.of("anonymous", true) : complainant(true));
        if (random.nextInt(10) < 7) {
            body.put("accused", accused(district));
        }
        return new IntakeRequest(IntakeEndpoint.HOTLINE_1555, Channel.HOTLINE_1555, callId, district, true,
                JSON.writeValueAsString(body));
    }

    /** An officer's registration: a letter, a walk-in, an executive's referral or the website form. */
    public synchronized IntakeRequest nextOfficerComplaint() {
        BangkokDistrict district = district();
        int draw = random.nextInt(100);
        Channel channel = draw < 40 ? Channel.LETTER : draw < 65 ? Channel.WALK_IN
                : draw < 90 ? Channel.EXECUTIVE_REFERRAL : Channel.WEBSITE;
        String externalRef = channel.name() + "/" + (now().getYear() + 543) + "/" + runTag + "-" + sequence();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel.name());
        body.put("externalRef", externalRef);
        body.put("receivedAt", now().toString());
        body.put("description", fill(pick(ThaiPhrases.OFFICER_STORIES), district));
        boolean districtGiven = random.nextInt(10) != 0;
        if (districtGiven) {
            body.put("district", district.nameTh());
        }
        if (channel != Channel.EXECUTIVE_REFERRAL) {
            body.put("complainant", complainant(channel == Channel.WALK_IN));
        }
        if (random.nextInt(10) < 7) {
            body.put("accused", accused(district));
        }
        return new IntakeRequest(IntakeEndpoint.OFFICER_COMPLAINT, channel, externalRef,
                districtGiven ? district : null, true, JSON.writeValueAsString(body));
    }

    /** A ticket reported at {@code reportedAt}; its id's year is that of the report, as Traffy's are. */
    synchronized TraffyTicket nextTraffyTicket(OffsetDateTime reportedAt, boolean aboutCorruption) {
        BangkokDistrict district = district();
        List<String> types = new ArrayList<>();
        String description;
        if (aboutCorruption) {
            description = fill(pick(ThaiPhrases.CORRUPTION_STORIES), district);
            if (random.nextBoolean()) {
                types.add("ทุจริต");
            } else {
                types.add(random.nextBoolean() ? "ร้องเรียน" : "กรุงเทพโปร่งใส");
            }
        } else {
            ThaiPhrases.Issue issue = pick(ThaiPhrases.OUT_OF_SCOPE_ISSUES);
            description = fill(issue.text(), district);
            types.add(issue.type());
            if (random.nextInt(5) == 0) {
                String second = pick(ThaiPhrases.OUT_OF_SCOPE_ISSUES).type();
                if (!types.contains(second)) {
                    types.add(second);
                }
            }
        }
        if (random.nextInt(10) == 0) {
            description = description + " ติดต่อกลับได้ที่ " + phone();
        }
        String ticketId = reportedAt.withOffsetSameInstant(BANGKOK).getYear() + "-" + runTag + sequence();
        String subdistrict = pick(ThaiPhrases.SUBDISTRICTS);
        String address = (1 + random.nextInt(999)) + " ถนน" + pick(ThaiPhrases.ROADS) + " แขวง" + subdistrict
                + " เขต" + district.nameTh() + " กรุงเทพมหานคร 10" + String.format(Locale.ROOT, "%03d",
                        10 * (1 + random.nextInt(50)));
        int organisationForm = random.nextInt(10);
        String organisation = organisationForm < 7 ? pick(ThaiPhrases.SECTIONS) + " เขต" + district.nameTh()
                : organisationForm < 9 ? "สำนักงานเขต" + district.nameTh() : "เขต" + district.nameTh();
        String photo = "https://storage.googleapis.com/traffy_public_bucket/attachment/"
                + reportedAt.getYear() + "-" + String.format(Locale.ROOT, "%02d", reportedAt.getMonthValue()) + "/"
                + Long.toHexString(random.nextLong()) + ".jpg";
        return new TraffyTicket(ticketId, reportedAt, types, description, district, subdistrict, latitude(),
                longitude(), address, organisation, photo, aboutCorruption);
    }

    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String sequence() {
        counter++;
        return Long.toString(counter, 36).toUpperCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(BANGKOK).truncatedTo(ChronoUnit.MILLIS);
    }

    private BangkokDistrict district() {
        return DISTRICTS[random.nextInt(DISTRICTS.length)];
    }

    private String fill(String template, BangkokDistrict district) {
        String road = pick(ThaiPhrases.ROADS);
        return template.replace("{district}", district.nameTh())
                .replace("{road}", road)
                .replace("{soi}", road + " " + (1 + random.nextInt(120)));
    }

    private Map<String, Object> complainant(boolean withNationalId) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", pick(ThaiPhrases.FIRST_NAMES) + " " + pick(ThaiPhrases.LAST_NAMES));
        person.put("phone", phone());
        if (withNationalId) {
            person.put("nationalId", nationalId());
        }
        if (random.nextInt(3) == 0) {
            person.put("email", "citizen" + random.nextInt(100_000) + "@example.co.th");
        }
        person.put("anonymous", false);
        return person;
    }

    private Map<String, Object> accused(BangkokDistrict district) {
        String[] position = pick(ThaiPhrases.POSITIONS);
        Map<String, Object> person = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            person.put("name", pick(ThaiPhrases.FIRST_NAMES) + " " + pick(ThaiPhrases.LAST_NAMES));
        }
        person.put("position", position[0]);
        person.put("positionLevel", position[1]);
        person.put("unit", position[2].equals("สำนักงานเขต") ? "สำนักงานเขต" + district.nameTh()
                : position[2] + " สำนักงานเขต" + district.nameTh());
        return person;
    }

    private String phone() {
        return "0" + (6 + random.nextInt(4)) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
    }

    /** Twelve digits and the national id's check digit. */
    private String nationalId() {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(8));
        for (int i = 1; i < 12; i++) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return digits.append((11 - sum % 11) % 10).toString();
    }

    private double latitude() {
        return Math.round((13.60 + random.nextDouble() * 0.32) * 1e6) / 1e6;
    }

    private double longitude() {
        return Math.round((100.35 + random.nextDouble() * 0.55) * 1e6) / 1e6;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
