package th.bma.anticorruption.support.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    @Test
    void sortsFieldsLeavesOutNullsAndItsOwnHashAndWritesTypesOneWay() {
        Document entry = new Document("reason", "ตรวจสอบ \"เรื่อง\"\n")
                .append("_id", "e-1")
                .append("version", 3)
                .append("chainSequence", 3L)
                .append("at", Date.from(Instant.parse("2026-08-20T03:00:00.123Z")))
                .append("note", null)
                .append("entryHash", "ignored")
                .append("tags", List.of("a", 1));

        assertThat(CanonicalForm.of(entry, "entryHash")).isEqualTo("{\"_id\":\"e-1\","
                + "\"at\":{\"$date\":\"2026-08-20T03:00:00.123Z\"},\"chainSequence\":3,"
                + "\"reason\":\"ตรวจสอบ \\\"เรื่อง\\\"\\u000a\",\"tags\":[\"a\",1],\"version\":3}");
    }

    @Test
    void theSameFieldsInAnotherOrderOrWithOtherIntegerWidthsHashTheSame() {
        Map<String, Object> written = new java.util.LinkedHashMap<>();
        written.put("b", 2L);
        written.put("a", Instant.parse("2026-08-20T03:00:00.123456Z"));
        Document readBack = new Document("a", Date.from(Instant.parse("2026-08-20T03:00:00.123Z"))).append("b", 2);

        assertThat(CanonicalForm.sha256(written, "h")).isEqualTo(CanonicalForm.sha256(readBack, "h")).hasSize(64);
    }

    @Test
    void aFieldAddedLaterChangesTheHashOnlyWhenItHoldsSomething() {
        Document older = new Document("officerId", "somchai").append("reason", "คดีเลขที่ 12");

        assertThat(CanonicalForm.sha256(new Document(older).append("caseRef", null), null))
                .isEqualTo(CanonicalForm.sha256(older, null));
        assertThat(CanonicalForm.sha256(new Document(older).append("caseRef", "CASE-1"), null))
                .isNotEqualTo(CanonicalForm.sha256(older, null));
    }

    @Test
    void aValueWithoutACanonicalFormIsRefused() {
        assertThatThrownBy(() -> CanonicalForm.of(new Document("confidence", 0.93), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
    }
}
