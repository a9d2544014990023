package th.bma.anticorruption.cases.conversation;

import java.util.Arrays;
import java.util.Optional;

/** What a complainant may attach: photos (JPEG, PNG) and PDF documents, known by their content, not their name. */
public enum AttachmentKind {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    AttachmentKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<AttachmentKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst();
    }
}
