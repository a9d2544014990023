package th.bma.anticorruption.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class BangkokDistrictTest {

    @Test
    void fiftyDistrictsWithDistinctCodesInSixGroups() {
        assertThat(BangkokDistrict.values()).hasSize(50);
        assertThat(Arrays.stream(BangkokDistrict.values()).map(BangkokDistrict::code).distinct()).hasSize(50);
        Map<DistrictGroup, Long> perGroup = Arrays.stream(BangkokDistrict.values())
                .collect(Collectors.groupingBy(BangkokDistrict::group, Collectors.counting()));
        assertThat(perGroup).hasSize(6);
    }

    @Test
    void findsADistrictAsChannelsWriteIt() {
        assertThat(BangkokDistrict.fromThai("เขตปทุมวัน")).contains(BangkokDistrict.PATHUM_WAN);
        assertThat(BangkokDistrict.fromThai(" สำนักงานเขตสาทร ")).contains(BangkokDistrict.SATHON);
        assertThat(BangkokDistrict.fromThai("ประเวศ")).contains(BangkokDistrict.PRAWET);
        assertThat(BangkokDistrict.fromThai("นนทบุรี")).isEmpty();
        assertThat(BangkokDistrict.fromCode("DISTRICT-1007")).contains(BangkokDistrict.PATHUM_WAN);
        assertThat(BangkokDistrict.PATHUM_WAN.code()).isEqualTo("DISTRICT-1007");
    }
}
