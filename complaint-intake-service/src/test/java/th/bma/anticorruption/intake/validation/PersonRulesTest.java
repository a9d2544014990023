package th.bma.anticorruption.intake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRulesTest {

    @Test
    void aNationalIdNeedsThirteenDigitsAndAValidCheckDigit() {
        Violations violations = new Violations();
        PersonRules.nationalId(violations, "caller.nationalId", "1-1037-00123-45-8");
        PersonRules.nationalId(violations, "caller.nationalId", "3100600123457");
        PersonRules.nationalId(violations, "caller.nationalId", "123");
        assertThat(PersonRules.checkDigitHolds("1103700123458")).isTrue();
        assertThat(violations.list()).extracting(v -> v.rule()).containsExactly("national-id", "national-id");
    }

    @Test
    void phonesAreThaiNumbers() {
        Violations violations = new Violations();
        PersonRules.phone(violations, "caller.phone", "081-234-5678");
        PersonRules.phone(violations, "caller.phone", "+66 2 123 4567");
        PersonRules.phone(violations, "caller.phone", "12345");
        assertThat(violations.list()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("caller.phone/phone");
    }
}
