package th.bma.anticorruption.intake.validation;

import java.util.regex.Pattern;

/**
 * Rules for the people in a record: Thai phone numbers, 13-digit national ids with their check digit, e-mail
 * addresses, and name lengths. Messages name the rule only, never the value.
 */
public final class PersonRules {

    public static final int MAX_NAME = 200;
    private static final Pattern PHONE = Pattern.compile("(?:\\+66|0)\\d{8,9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{13}");

    private PersonRules() {
    }

    public static String digitsOf(String value) {
        return value == null ? null : value.replaceAll("[\\s-]", "");
    }

    public static void phone(Violations violations, String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(digitsOf(value)).matches()) {
            violations.add(field, "phone", "The field must be a Thai phone number, e.g. 0812345678.");
        }
    }

    public static void email(Violations violations, String field, String value) {
        violations.pattern(field, value == null ? null : value.strip(), EMAIL, "email", "The field must be an e-mail address.");
    }

    public static void nationalId(Violations violations, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String digits = digitsOf(value);
        if (!NATIONAL_ID.matcher(digits).matches() || !checkDigitHolds(digits)) {
            violations.add(field, "national-id", "The field must be a 13-digit Thai national id with a valid check digit.");
        }
    }

    /** The Thai national id's check digit: (11 - sum(d_i * (13 - i)) mod 11) mod 10. */
    public static boolean checkDigitHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
    }
}
