package th.bma.anticorruption.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A photo keeps its picture and loses what says who took it or where. */
class PhotoMetadataTest {

    private static final String SAID = "นายสมชาย ใจดี";

    @Test
    void aPhonesJpegLosesItsExifAndCommentsAndKeepsThePictureByteForByte() {
        byte[] clean = Attachments.photo("jpg");
        byte[] fromPhone = Attachments.withExif(clean, SAID);
        assertThat(new String(fromPhone, StandardCharsets.UTF_8)).contains(SAID, "13.7466N");

        byte[] stripped = PhotoMetadata.strip(AttachmentKind.JPEG, fromPhone);

        assertThat(stripped).isEqualTo(clean);
        assertThat(new AttachmentInspection().inspect(stripped).kind()).isEqualTo(AttachmentKind.JPEG);
    }

    @Test
    void aPngLosesItsTextChunks() {
        byte[] clean = Attachments.photo("png");
        assertThat(PhotoMetadata.strip(AttachmentKind.PNG, Attachments.withText(clean, SAID))).isEqualTo(clean);
    }

    @Test
    void aPdfAndAFileThatDoesNotWalkAreLeftAsTheyAre() {
        byte[] pdf = Attachments.pdf();
        assertThat(PhotoMetadata.strip(AttachmentKind.PDF, pdf)).isSameAs(pdf);
        byte[] truncated = Attachments.truncatedPng();
        assertThat(PhotoMetadata.strip(AttachmentKind.PNG, truncated)).isSameAs(truncated);
    }
}
