package th.bma.anticorruption.load.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class HostileBodiesTest {

    private static final String CALL = "{\"callId\": \"1555-1\", \"description\": \"เรียกรับเงิน\", "
            + "\"accused\": {\"name\": \"ก\", \"positionLevel\": \"ชำนาญการ\"}}";

    @Test
    void everyFieldOneLevelDeepGetsEveryHostileValueAndNothingElseChanges() {
        List<HostileBodies.Hostile> attacks = HostileBodies.perField(CALL);

        int fields = 5; // callId, description, accused, accused.name, accused.positionLevel
        assertThat(attacks).hasSize(fields * HostileBodies.hostileValues().size());
        HostileBodies.Hostile operator = attacks.stream()
                .filter(a -> a.name().equals("accused.positionLevel = {\"$gt\": \"\"}")).findFirst().orElseThrow();
        JsonNode body = Gateway.JSON.readTree(operator.body());
        assertThat(body.path("accused").path("positionLevel").path("$gt").isString()).isTrue();
        assertThat(body.path("accused").path("name").asString()).isEqualTo("ก");
        assertThat(body.path("callId").asString()).isEqualTo("1555-1");
    }

    @Test
    void wholeBodyAttacksAreReallyBroken() {
        List<HostileBodies.Hostile> attacks = HostileBodies.wholeBody(CALL);

        assertThat(attacks).extracting(HostileBodies.Hostile::name).contains("deep array nesting (50,000)",
                "oversized body (1 MB)", "invalid UTF-8 bytes", "text/plain", "no content type");
        byte[] invalid = attacks.stream().filter(a -> a.name().equals("invalid UTF-8 bytes")).findFirst().orElseThrow().body();
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(invalid), java.nio.CharBuffer.allocate(invalid.length), true)
                .isError()).isTrue();
        assertThat(attacks.stream().filter(a -> a.name().equals("oversized body (1 MB)")).findFirst().orElseThrow().body())
                .hasSizeGreaterThanOrEqualTo(1 << 20);
    }
}
