package th.bma.anticorruption.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which complaints a caller reads, by the complaint's current destination, failing closed. */
class CallerTest {

    @Test
    void aUnitOfficerReadsOnlyWhatIsNowRoutedToTheirUnit() {
        Caller pathumwan = new Caller("pathumwan", Set.of(PlatformRoles.UNIT_OFFICER), "DISTRICT-1007");

        assertThat(pathumwan.confinement()).isEqualTo("DISTRICT-1007");
        assertThat(pathumwan.reads("DISTRICT-1007")).isTrue();
        assertThat(pathumwan.reads("WG-3")).isFalse();
        assertThat(pathumwan.reads(null)).isFalse();
    }

    @Test
    void aUnitOfficerWhoseTokenNamesNoUnitReadsNothing() {
        Caller noUnit = new Caller("someone", Set.of(PlatformRoles.UNIT_OFFICER), null);
        Caller blankUnit = new Caller("someone", Set.of(PlatformRoles.UNIT_OFFICER), " ");

        assertThat(noUnit.confinement()).isEqualTo(Caller.NO_UNIT);
        assertThat(noUnit.reads("DISTRICT-1007")).isFalse();
        assertThat(noUnit.reads("")).isFalse();
        assertThat(noUnit.reads(null)).isFalse();
        assertThat(blankUnit.reads(" ")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DIRECTOR", "INTAKE_OFFICER", "INVESTIGATOR", "AUDITOR", "CONFIDENTIALITY_OFFICER"})
    void theCentresRolesReadEveryComplaintEvenWithAUnitInTheToken(String role) {
        Caller caller = new Caller("centre", Set.of(role, PlatformRoles.UNIT_OFFICER), "DISTRICT-1007");

        assertThat(caller.confinement()).isNull();
        assertThat(caller.reads("WG-3")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DASHBOARD", "CHANNEL_ADAPTER", "SOME_FUTURE_ROLE"})
    void anyOtherRoleIsConfinedLikeAUnitOfficer(String role) {
        assertThat(new Caller("x", Set.of(role), null).reads("WG-3")).isFalse();
        assertThat(new Caller("x", Set.of(), null).reads("WG-3")).isFalse();
    }
}
