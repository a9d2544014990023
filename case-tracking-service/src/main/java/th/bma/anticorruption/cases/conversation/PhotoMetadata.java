package th.bma.anticorruption.cases.conversation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes out of a photo what could say who took it or where: a phone's JPEG carries EXIF (GPS position, the device's
 * serial number, the owner's name), XMP and IPTC in its APP1 and APP13 segments and text in COM segments; a PNG may
 * carry text, EXIF and a time in its tEXt, zTXt, iTXt, eXIf and tIME chunks. The picture itself is left byte for byte.
 * A file whose structure does not walk as expected is returned unchanged (the inspection has already read it).
 */
final class PhotoMetadata {

    private static final Set<Integer> JPEG_REVEALING = Set.of(0xE1, 0xED, 0xFE);
    private static final Set<String> PNG_REVEALING = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final int PNG_SIGNATURE = 8;
    private static final int START_OF_SCAN = 0xDA;

    private PhotoMetadata() {
    }

    static byte[] strip(AttachmentKind kind, byte[] content) {
        try {
            switch (kind) {
                case JPEG:
                    return stripJpeg(content);
                case PNG:
                    return stripPng(content);
                default:
                    return content;
            }
        } catch (IndexOutOfBoundsException e) {
            return content;
        }
    }

    private static byte[] stripJpeg(byte[] jpeg) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(jpeg.length);
        kept.write(jpeg, 0, 2);
        int at = 2;
        while (at < jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return jpeg;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == START_OF_SCAN) {
                kept.write(jpeg, at, jpeg.length - at);
                return kept.toByteArray();
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (!JPEG_REVEALING.contains(marker)) {
                kept.write(jpeg, at, 2 + length);
            }
            at += 2 + length;
        }
        return jpeg;
    }

    private static byte[] stripPng(byte[] png) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(png.length);
        kept.write(png, 0, PNG_SIGNATURE);
        int at = PNG_SIGNATURE;
        while (at < png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            int chunk = 12 + length;
            if (length < 0 || at + chunk > png.length) {
                return png;
            }
            if (!PNG_REVEALING.contains(type)) {
                kept.write(png, at, chunk);
            }
            at += chunk;
        }
        return kept.toByteArray();
    }
}
