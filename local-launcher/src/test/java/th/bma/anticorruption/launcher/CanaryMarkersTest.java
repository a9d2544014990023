package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CanaryMarkersTest {

    private final CanaryMarkers canary = new CanaryMarkers();

    @Test
    void theNationalIdCarriesAValidCheckDigit() {
        String id = canary.nationalId;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (id.charAt(i) - '0') * (13 - i);
        }
        assertThat(id).hasSize(13).containsOnlyDigits();
        assertThat(id.charAt(12) - '0').isEqualTo((11 - sum % 11) % 10);
    }

    @Test
    void findsTheMarkersInTheFormsTheyCouldLeakIn() {
        String digits = canary.phoneDigits();
        assertThat(canary.foundIn("caller 66" + digits.substring(1) + " called")).contains("phone 66");
        assertThat(canary.foundIn("{\"n\":\"" + jsonEscaped(canary.surname) + "\"}")).contains("surname JSON-escaped");
        assertThat(canary.foundIn("q=" + URLEncoder.encode(canary.name, StandardCharsets.UTF_8)))
                .contains("name URL-encoded");
        for (String prefix : new String[] {"", "a", "ab", "abc"}) {
            String encoded = Base64.getEncoder().encodeToString((prefix + canary.name + " x")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(canary.foundIn(encoded)).as("Base64 after %d bytes", prefix.length()).isNotEmpty();
        }
        assertThat(canary.foundIn("ผู้ร้อง [ชื่อถูกปิดบัง] โทร 08X-XXX-XXXX")).isEmpty();
    }

    private static String jsonEscaped(String value) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(c -> escaped.append(String.format("\\u%04X", c)));
        return escaped.toString();
    }
}
