package th.bma.anticorruption.intake.traffy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.bma.anticorruption.contracts.EvidenceLink;
import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.intake.validation.Violations;

/**
 * A Traffy ticket's photos as evidence links: absolute http(s) URLs of bounded length, at most {@link #MAX_PHOTOS} per
 * record. The platform keeps and shows the links and never fetches them.
 */
public final class TraffyPhotos {

    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_PHOTOS = 20;

    private TraffyPhotos() {
    }

    /** The valid links of {@code urls} (blanks skipped); each broken rule recorded as {@code field[i]}. */
    public static List<EvidenceLink> of(String field, List<String> urls, EvidenceLink.Kind kind, Violations violations) {
        List<EvidenceLink> links = new ArrayList<>();
        if (urls == null) {
            return links;
        }
        if (urls.size() > MAX_PHOTOS) {
            violations.add(field, "max-items", "At most " + MAX_PHOTOS + " photos.");
            return links;
        }
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i) == null ? "" : ThaiText.normalise(urls.get(i));
            if (url.isEmpty()) {
                continue;
            }
            String name = field + "[" + i + "]";
            if (url.length() > MAX_URL_LENGTH) {
                violations.add(name, "max-length", "A photo URL has at most " + MAX_URL_LENGTH + " characters.");
            } else if (!isWebAddress(url)) {
                violations.add(name, "http-url", "A photo must be an absolute http or https URL.");
            } else {
                links.add(new EvidenceLink(url, kind));
            }
        }
        return links;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
