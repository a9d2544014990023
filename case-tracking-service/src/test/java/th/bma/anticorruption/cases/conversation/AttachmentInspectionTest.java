package th.bma.anticorruption.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** A file is what its bytes prove, whatever it is called or declared as. */
class AttachmentInspectionTest {

    private final AttachmentInspection inspection = new AttachmentInspection();

    @Test
    void photosAndPdfsAreKnownByTheirContent() {
        assertThat(inspection.inspect(Attachments.photo("jpg")).kind()).isEqualTo(AttachmentKind.JPEG);
        assertThat(inspection.inspect(Attachments.photo("png")).kind()).isEqualTo(AttachmentKind.PNG);
        assertThat(inspection.inspect(Attachments.pdf()).kind()).isEqualTo(AttachmentKind.PDF);
    }

    @Test
    void otherContentIsRefusedAsTheWrongType() {
        assertThat(inspection.inspect(Attachments.html()).refusal()).isEqualTo(AttachmentInspection.Refusal.TYPE);
        assertThat(inspection.inspect(Attachments.photo("gif")).refusal())
                .isEqualTo(AttachmentInspection.Refusal.TYPE);
        assertThat(inspection.inspect("MZ\u0090\u0000 a Windows program".getBytes(StandardCharsets.ISO_8859_1))
                .refusal()).isEqualTo(AttachmentInspection.Refusal.TYPE);
    }

    @Test
    void aFileThatOnlyBeginsLikeAnAcceptedKindIsRefusedForItsContent() {
        assertThat(inspection.inspect(Attachments.truncatedPng()).refusal())
                .isEqualTo(AttachmentInspection.Refusal.CONTENT);
        byte[] pdfWithoutEnd = Arrays.copyOf(Attachments.pdf(), Attachments.pdf().length - 7);
        assertThat(inspection.inspect(pdfWithoutEnd).refusal()).isEqualTo(AttachmentInspection.Refusal.CONTENT);
    }

    @Test
    void aPhotoClaimingMorePixelsThanAnyPhoneTakesIsRefused() {
        byte[] png = Attachments.photo("png");
        // IHDR's width and height (bytes 16-23) raised to 60000 x 60000: the header still parses
        byte[] huge = png.clone();
        huge[16] = 0;
        huge[17] = 0;
        huge[18] = (byte) 0xEA;
        huge[19] = 0x60;
        huge[20] = 0;
        huge[21] = 0;
        huge[22] = (byte) 0xEA;
        huge[23] = 0x60;
        assertThat(inspection.inspect(huge).accepted()).isFalse();
    }
}
