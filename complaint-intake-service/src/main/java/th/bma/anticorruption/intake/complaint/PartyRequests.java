package th.bma.anticorruption.intake.complaint;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.intake.identity.ComplainantIdentity;
import th.bma.anticorruption.intake.validation.DistrictMentions;
import th.bma.anticorruption.intake.validation.PersonRules;
import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.intake.validation.Violations;

/** The people in a 1555 or officer record, as they arrive, and their rules. */
public final class PartyRequests {

    private PartyRequests() {
    }

    /** The complainant (1555: {@code caller}). Values never appear in toString or error messages. */
    public record Complainant(String name, String phone, String nationalId, String email, String lineId,
            Boolean anonymous) {

        @Override
        public String toString() {
            return "Complainant[sealed]";
        }

        public ComplainantIdentity toIdentity() {
            return new ComplainantIdentity(ThaiText.normalise(name), PersonRules.digitsOf(ThaiText.normalise(phone)),
                    PersonRules.digitsOf(ThaiText.normalise(nationalId)), ThaiText.normalise(email),
                    ThaiText.normalise(lineId), Boolean.TRUE.equals(anonymous));
        }

        public void validate(Violations violations, String prefix) {
            violations.maxGraphemes(prefix + ".name", ThaiText.normalise(name), PersonRules.MAX_NAME)
                    .maxGraphemes(prefix + ".lineId", ThaiText.normalise(lineId), 100);
            PersonRules.phone(violations, prefix + ".phone", phone);
            PersonRules.nationalId(violations, prefix + ".nationalId", nationalId);
            PersonRules.email(violations, prefix + ".email", email);
        }
    }

    /** Who the complaint is about. */
    public record Accused(String name, String position, String positionLevel, String unit) {

        public void validate(Violations violations, String prefix) {
            violations.maxGraphemes(prefix + ".name", ThaiText.normalise(name), PersonRules.MAX_NAME)
                    .maxGraphemes(prefix + ".position", ThaiText.normalise(position), 200)
                    .maxGraphemes(prefix + ".positionLevel", ThaiText.normalise(positionLevel), 100)
                    .maxGraphemes(prefix + ".unit", ThaiText.normalise(unit), 300);
        }

        /** The unit's directory code where the unit names a district office ({@code ฝ่ายเทศกิจ เขตสาทร}). */
        public AccusedPerson toAccusedPerson() {
            String unitName = ThaiText.normalise(unit);
            return new AccusedPerson(ThaiText.normalise(name), ThaiText.normalise(position),
                    ThaiText.normalise(positionLevel), unitName,
                    DistrictMentions.find(unitName).map(BangkokDistrict::code).orElse(null));
        }
    }

    /** A district given as Thai text, which must be one of Bangkok's 50; null if absent or not one. */
    public static String district(Violations violations, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(field, "required", "The field is required.");
            }
            return null;
        }
        return BangkokDistrict.fromThai(text).map(BangkokDistrict::nameTh).orElseGet(() -> {
            violations.add(field, "bangkok-district", "The field must name one of Bangkok's 50 districts, e.g. ปทุมวัน.");
            return null;
        });
    }
}
