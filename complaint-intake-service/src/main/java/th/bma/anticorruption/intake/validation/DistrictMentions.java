package th.bma.anticorruption.intake.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.bma.anticorruption.contracts.BangkokDistrict;

/**
 * Finds the Bangkok district mentioned in Thai text: an address ({@code ... แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร})
 * or an organisation name ({@code ฝ่ายโยธา เขตประเวศ}, {@code สำนักงานเขตสาทร}).
 */
public final class DistrictMentions {

    private static final Pattern DISTRICT = Pattern.compile("เขต\\s*([\\p{IsThai}]+)");

    private DistrictMentions() {
    }

    public static Optional<BangkokDistrict> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = DISTRICT.matcher(ThaiText.normalise(text));
        while (matcher.find()) {
            Optional<BangkokDistrict> district = BangkokDistrict.fromThai(matcher.group(1));
            if (district.isPresent()) {
                return district;
            }
        }
        return BangkokDistrict.fromThai(text);
    }
}
