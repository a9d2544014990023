package th.bma.anticorruption.launcher;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A complainant no one else has: a Thai name, a mobile number and a national id (with its check digit) made up for
 * one run, and every form in which they could leak: as given, spaced or dashed, digits only, with the country code,
 * JSON and URL escaped, Base64 at any byte alignment, and unsalted SHA-256 (a hash of a phone number is no secret).
 */
final class CanaryMarkers {

    private static final String THAI_CONSONANTS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

    final String surname;
    final String name;
    final String phone;
    final String nationalId;
    final String email;
    /** A house number as written after บ้านเลขที่: three digits, a slash, two digits. */
    final String houseNumber;
    private final Map<String, String> forms = new LinkedHashMap<>();

    CanaryMarkers() {
        SecureRandom random = new SecureRandom();
        StringBuilder family = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            family.append(THAI_CONSONANTS.charAt(random.nextInt(THAI_CONSONANTS.length())));
        }
        surname = family.toString();
        name = "นางสาวนกแก้ว " + surname;
        String mobile = "08" + (1 + random.nextInt(9)) + digits(random, 7);
        phone = mobile.substring(0, 3) + "-" + mobile.substring(3, 6) + "-" + mobile.substring(6);
        nationalId = nationalId(random);
        email = "canary." + digits(random, 9) + "@example.org";
        houseNumber = (100 + random.nextInt(900)) + "/" + (10 + random.nextInt(90));

        addTextForms("name", name);
        addTextForms("surname", surname);
        addDigitForms("phone", mobile);
        addVariant("phone +66", "+66" + mobile.substring(1));
        addVariant("phone 66", "66" + mobile.substring(1));
        addVariant("phone without 0", mobile.substring(1));
        addVariant("phone dashed", phone);
        addVariant("phone spaced", phoneSpaced());
        addVariant("phone dotted", phoneDotted());
        addDigitForms("national id", nationalId);
        addVariant("national id dashed", nationalId.charAt(0) + "-" + nationalId.substring(1, 5) + "-"
                + nationalId.substring(5, 10) + "-" + nationalId.substring(10, 12) + "-" + nationalId.charAt(12));
        addVariant("national id spaced", nationalId.charAt(0) + " " + nationalId.substring(1, 5) + " "
                + nationalId.substring(5, 10) + " " + nationalId.substring(10, 12) + " " + nationalId.charAt(12));
        addTextForms("e-mail", email);
        addVariant("house number", houseNumber);
    }

    /** The phone as people also write it: {@code 081 234 5678}. */
    String phoneSpaced() {
        return phone.replace("-", " ");
    }

    /** And {@code 081.234.5678}. */
    String phoneDotted() {
        return phone.replace("-", ".");
    }

    /** The phone as digits only, as intake keeps it. */
    String phoneDigits() {
        return phone.replace("-", "");
    }

    /** Every form of every marker found in {@code text}, by the form's name. */
    List<String> foundIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return forms.entrySet().stream()
                .filter(form -> lower.contains(form.getValue().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey)
                .toList();
    }

    private void addTextForms(String what, String value) {
        addVariant(what, value);
        addVariant(what + " NFD", Normalizer.normalize(value, Normalizer.Form.NFD));
        addVariant(what + " JSON-escaped", jsonEscaped(value));
        addVariant(what + " URL-encoded", URLEncoder.encode(value, StandardCharsets.UTF_8));
        addBase64(what, value.getBytes(StandardCharsets.UTF_8));
        addVariant(what + " SHA-256", sha256(value));
    }

    private void addDigitForms(String what, String digits) {
        addVariant(what + " digits", digits);
        addBase64(what, digits.getBytes(StandardCharsets.US_ASCII));
        addVariant(what + " SHA-256", sha256(digits));
    }

    /** Base64 of the value wherever it starts in a longer text: the part of the encoding every alignment shares. */
    private void addBase64(String what, byte[] value) {
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + value.length];
            System.arraycopy(value, 0, shifted, offset, value.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            int from = offset == 0 ? 0 : (offset * 8 + 5) / 6 + 1;
            int to = ((offset + value.length) / 3) * 4;
            if (to - from >= 8) {
                addVariant(what + " Base64+" + offset, encoded.substring(from, to));
            }
        }
    }

    private void addVariant(String what, String value) {
        if (!value.isEmpty() && !forms.containsValue(value)) {
            forms.put(what, value);
        }
    }

    private static String jsonEscaped(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            escaped.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return escaped.toString();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digits(SecureRandom random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** Thai national id: 12 digits and the check digit (11 − Σ dᵢ·(13 − i) mod 11) mod 10. */
    private static String nationalId(SecureRandom random) {
        String body = (1 + random.nextInt(8)) + digits(random, 11);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (13 - i);
        }
        return body + (11 - sum % 11) % 10;
    }
}
