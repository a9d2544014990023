package th.bma.anticorruption.support.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class TrackingCodeHasherTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("b".repeat(32).getBytes());

    @Test
    void theSameCodeTypedWithSpacesOrDashesHashesTheSame() {
        TrackingCodeHasher hasher = new TrackingCodeHasher(KEY_A);
        assertThat(hasher.hash("1234 5678-9012 3456")).isEqualTo(hasher.hash("1234567890123456"));
    }

    @Test
    void theHashDependsOnTheKey() {
        assertThat(new TrackingCodeHasher(KEY_A).hash("1234567890123456"))
                .isNotEqualTo(new TrackingCodeHasher(KEY_B).hash("1234567890123456"));
    }

    @Test
    void onlySixteenDigitsAreACode() {
        assertThat(TrackingCodeHasher.normalise("123456789012345")).isEmpty();
        assertThat(TrackingCodeHasher.normalise("12345678901234ab")).isEmpty();
        assertThat(TrackingCodeHasher.normalise(null)).isEmpty();
        assertThatThrownBy(() -> new TrackingCodeHasher(Base64.getEncoder().encodeToString(new byte[8])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
