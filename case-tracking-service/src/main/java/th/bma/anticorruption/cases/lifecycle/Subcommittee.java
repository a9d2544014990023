package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.List;

/** The secret fact-finding subcommittee (คณะอนุกรรมการสืบข้อเท็จจริงทางลับ) of an internal-track case. */
public record Subcommittee(List<String> members, Instant appointedAt, String appointedBy) {
}
