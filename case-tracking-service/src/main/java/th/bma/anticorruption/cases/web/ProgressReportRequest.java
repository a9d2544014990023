package th.bma.anticorruption.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A unit's monthly progress report on a case it holds. */
public record ProgressReportRequest(@NotBlank @Size(max = 4000) String note) {
}
