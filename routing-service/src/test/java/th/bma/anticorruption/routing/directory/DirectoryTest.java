package th.bma.anticorruption.routing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.routing.TestFixtures;

class DirectoryTest {

    private final Directory directory = TestFixtures.DIRECTORY;

    @Test
    void listsFiftyDistrictOfficesWithTenSectionsSixGroupsAndTheOtherBodies() {
        assertThat(directory.all()).filteredOn(u -> u.kind() == UnitKind.DISTRICT_OFFICE).hasSize(50)
                .allSatisfy(office -> assertThat(office.sections()).hasSize(10));
        assertThat(directory.all()).filteredOn(u -> u.kind() == UnitKind.DISTRICT_GROUP).hasSize(6);
        assertThat(directory.get("DISTRICT-1007").nameTh()).isEqualTo("สำนักงานเขตปทุมวัน");
        assertThat(directory.get("DISTRICT-1007").parentCode()).isEqualTo("DISTRICT-GROUP-CENTRAL");
        assertThat(directory.get("WG-3").asDestination().kind()).isEqualTo(DestinationKind.WORKING_GROUP);
        assertThat(directory.get("CSC-OFFICE").asDestination().kind()).isEqualTo(DestinationKind.INTERNAL_TRACK);
        assertThat(directory.get("NACC").asDestination().kind()).isEqualTo(DestinationKind.NACC);
        assertThat(directory.get("PACC").asDestination().kind()).isEqualTo(DestinationKind.PACC);
        assertThat(directory.find("CENTRE")).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
            "ฝ่ายเทศกิจ เขตปทุมวัน, DISTRICT-1007-CITY-LAW-ENFORCEMENT",
            "ฝ่ายโยธา เขตประเวศ, DISTRICT-1032-PUBLIC-WORKS",
            "เขตประเวศ, DISTRICT-1032",
            "สำนักงานเขตบางรัก, DISTRICT-1004",
            "ฝ่ายรายได้ สำนักงานเขตสาทร กทม., DISTRICT-1028-REVENUE",
            "ฝ่ายรักษาความสะอาดฯ เขตบางกอกน้อย, DISTRICT-1020-CLEANLINESS-AND-PARKS",
            "สำนักสิ่งแวดล้อม กทม., BUREAU-ENVIRONMENT",
            "สำนักการโยธา, BUREAU-PUBLIC-WORKS",
            "สำนักงาน ป.ป.ช., NACC",
            "DISTRICT-1007, DISTRICT-1007",
            "DISTRICT-1007-REVENUE, DISTRICT-1007-REVENUE"
    })
    void resolvesTheNamesChannelsWrite(String name, String code) {
        assertThat(directory.resolve(name)).get().extracting(UnitMatch::code).isEqualTo(code);
    }

    @Test
    void aNameThatIsNoBodyResolvesToNothing() {
        assertThat(directory.resolve("ร้านก๋วยเตี๋ยวหน้าปากซอย")).isEmpty();
        assertThat(directory.resolve("เขตพื้นที่การศึกษา")).isEmpty();
    }
}
