package th.bma.anticorruption.cases.conversation;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Real files as a phone or a scanner makes them, and the fakes a guesser would try. */
final class Attachments {

    private Attachments() {
    }

    static byte[] photo(String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, new Color(x * 4, y * 5, 90).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A JPEG as a phone writes it: an EXIF segment (APP1) with its position, and a comment, right after the start. */
    static byte[] withExif(byte[] jpeg, String said) {
        byte[] exif = ("Exif\0\0GPS 13.7466N 100.5393E " + said).getBytes(StandardCharsets.UTF_8);
        byte[] comment = ("owner " + said).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, exif);
        segment(out, 0xFE, comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a text chunk (tEXt) after its header, as editors write an author into it. */
    static byte[] withText(byte[] png, String said) {
        byte[] text = ("Author\0" + said).getBytes(StandardCharsets.UTF_8);
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(text.length).array());
        out.writeBytes("tEXt".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(text);
        out.writeBytes(new byte[4]);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.writeBytes(data);
    }

    /** A web page, as someone might upload under a photo's name hoping it is served back. */
    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG's signature followed by nothing an image reader can read. */
    static byte[] truncatedPng() {
        byte[] png = photo("png");
        return Arrays.copyOf(png, 20);
    }
}
