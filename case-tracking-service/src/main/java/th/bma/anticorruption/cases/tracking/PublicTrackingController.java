package th.bma.anticorruption.cases.tracking;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.support.time.BangkokTime;

/**
 * Public tracking by code, without sign-in: the code travels only in the body, is hashed with the platform's key and
 * looked up by its hash. The answer is the coarse status and dates; an unknown or malformed code is the same 404.
 */
@RestController
@RequestMapping("/api/public/track")
@Tag(name = "Public tracking", description = "A complainant follows their complaint by its tracking code")
public class PublicTrackingController {

    private final TrackedCases cases;

    public PublicTrackingController(TrackedCases cases) {
        this.cases = cases;
    }

    @PostMapping
    @Operation(summary = "The complaint's coarse status in Thai and English and its dates")
    public ResponseEntity<TrackingAnswer> track(@RequestBody @Valid TrackingRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(TrackingAnswer.of(cases.byCode(request.trackingCode())));
    }

    /** The code as the complainant types it. */
    public record TrackingRequest(@NotBlank @Size(max = 40) String trackingCode) {
    }

    /** Coarse status and dates; nothing else. */
    public record TrackingAnswer(String status, String statusTh, String statusEn, OffsetDateTime receivedAt,
            OffsetDateTime lastUpdatedAt) {

        /** What the complainant of this case is told. */
        public static TrackingAnswer of(ComplaintCase c) {
            PublicStatus status = PublicStatus.of(c.state());
            return new TrackingAnswer(status.name(), status.th(), status.en(),
                    c.receivedAt().atZone(BangkokTime.ZONE).toOffsetDateTime(),
                    c.stateChangedAt().atZone(BangkokTime.ZONE).toOffsetDateTime());
        }
    }
}
