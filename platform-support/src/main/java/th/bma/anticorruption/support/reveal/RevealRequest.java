package th.bma.anticorruption.support.reveal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of every reveal: why the sealed particulars are needed, tied to the complaint (checked by
 * {@link RevealReason}, kept masked in the audit).
 */
public record RevealRequest(@NotBlank @Size(max = 1000) String reason) {
}
