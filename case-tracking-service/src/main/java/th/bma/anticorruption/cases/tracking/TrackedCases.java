package th.bma.anticorruption.cases.tracking;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.tracking.TrackingCodeHasher;
import th.bma.anticorruption.support.web.NotFoundException;

/**
 * The case of a tracking code as a complainant types it: the code is hashed with the platform's key and looked up by
 * its hash (the case keeps only the hash). An unknown code and a malformed one are the same 404, so an answer tells a
 * guesser nothing about the shape of codes.
 */
@Component
public class TrackedCases {

    static final String UNKNOWN = "No complaint matches this tracking code.";

    private final CaseStore store;
    private final TrackingCodeHasher hasher;

    public TrackedCases(CaseStore store, TrackingCodeHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    public ComplaintCase byCode(String typedCode) {
        return TrackingCodeHasher.normalise(typedCode)
                .map(hasher::hash)
                .flatMap(store::findByTrackingCodeHash)
                .orElseThrow(() -> new NotFoundException(UNKNOWN));
    }
}
