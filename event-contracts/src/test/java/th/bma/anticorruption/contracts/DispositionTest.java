package th.bma.anticorruption.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DispositionTest {

    @Test
    void everyDestinationKindHasTheReportsDisposition() {
        assertThat(Disposition.forDestination(DestinationKind.UNIT)).isEqualTo(Disposition.FORWARDED_TO_UNIT);
        assertThat(Disposition.forDestination(DestinationKind.INTERNAL_TRACK)).isEqualTo(Disposition.FORWARDED_TO_UNIT);
        assertThat(Disposition.forDestination(DestinationKind.WORKING_GROUP))
                .isEqualTo(Disposition.FORWARDED_TO_WORKING_GROUP);
        assertThat(Disposition.forDestination(DestinationKind.NACC)).isEqualTo(Disposition.REFERRED_TO_NACC);
        assertThat(Disposition.forDestination(DestinationKind.PACC)).isEqualTo(Disposition.REFERRED_TO_PACC);
        assertThat(Disposition.forDestination(DestinationKind.TRIAGE)).isEqualTo(Disposition.UNDER_VERIFICATION);
    }
}
