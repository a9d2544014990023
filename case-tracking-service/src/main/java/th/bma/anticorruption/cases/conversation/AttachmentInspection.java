package th.bma.anticorruption.cases.conversation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file really is, from its bytes alone: the name and the declared type are never asked. Tika's magic
 * bytes say which kind it claims to be; then the file must hold up as that kind: a photo's header must read as an
 * image of sensible dimensions, a PDF must open with its header and end with its end-of-file marker.
 */
public class AttachmentInspection {

    /** Larger photos are not what a phone takes, and decoding one could exhaust memory (a decompression bomb). */
    static final long MAX_PIXELS = 50_000_000L;
    private static final int PDF_TRAILER_WINDOW = 1024;
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    /** Why a file was refused: the rule it broke. */
    public enum Refusal {
        /** Its content is none of the accepted kinds, whatever it was called. */
        TYPE,
        /** Its content begins like an accepted kind but does not hold up as one. */
        CONTENT
    }

    /** The kind the content proves, or the refusal. */
    public record Verdict(AttachmentKind kind, Refusal refusal) {

        public boolean accepted() {
            return kind != null;
        }
    }

    public Verdict inspect(byte[] content) {
        Optional<AttachmentKind> claimed = claimedKind(content);
        if (claimed.isEmpty()) {
            return new Verdict(null, Refusal.TYPE);
        }
        boolean holds = claimed.get() == AttachmentKind.PDF ? isWholePdf(content) : isReadableImage(content);
        return holds ? new Verdict(claimed.get(), null) : new Verdict(null, Refusal.CONTENT);
    }

    private static Optional<AttachmentKind> claimedKind(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return AttachmentKind.ofMediaType(TYPES.detect(in, new Metadata()).getBaseType().toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isReadableImage(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                return width > 0 && height > 0 && width * height <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isWholePdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 8), StandardCharsets.ISO_8859_1);
        if (!head.matches("%PDF-[12]\\.\\d.*")) {
            return false;
        }
        int from = Math.max(0, content.length - PDF_TRAILER_WINDOW);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
