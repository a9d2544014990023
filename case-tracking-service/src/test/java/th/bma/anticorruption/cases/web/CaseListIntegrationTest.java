package th.bma.anticorruption.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.cases.deadline.CaseTimingPolicy;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.ComplaintFacts;
import th.bma.anticorruption.cases.lifecycle.RoutingDecision;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/**
 * The list filters on cases of their own district and unit (so other tests' cases do not count): each filter,
 * combinations, stable paging, and a unit officer's scope applied whatever the filters ask.
 */
class CaseListIntegrationTest extends CaseTrackingIntegrationTestSupport {

    @Autowired
    CaseStore store;

    @Autowired
    CaseTimingPolicy policy;

    private String district;
    private Destination unit;
    private String recent;
    private String publicWorks;
    private String workingGroup;
    private String notYetDue;
    private String dueSoon;
    private String overdue;
    private String stale;

    @BeforeEach
    void openCases() {
        clock.set(START);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        district = "เขตทดสอบ-" + suffix;
        unit = new Destination(DestinationKind.UNIT, "DISTRICT-T" + suffix, "สำนักงานเขตทดสอบ", "Test district office");
        recent = open(unit, 1, LineOfWork.CITY_LAW_ENFORCEMENT);
        publicWorks = open(unit, 2, LineOfWork.PUBLIC_WORKS);
        workingGroup = open(WG_3, 3, LineOfWork.CITY_LAW_ENFORCEMENT);
        // The subcommittee is due 30 days after receipt: in 20 days, in 5 days, 10 days ago.
        notYetDue = open(INTERNAL, 10, LineOfWork.CITY_LAW_ENFORCEMENT);
        dueSoon = open(INTERNAL, 25, LineOfWork.CITY_LAW_ENFORCEMENT);
        overdue = open(INTERNAL, 40, LineOfWork.CITY_LAW_ENFORCEMENT);
        stale = open(unit, 60, LineOfWork.CITY_LAW_ENFORCEMENT);
    }

    @Test
    void eachFilterAndCombinationsFindExactlyTheirCasesNewestFirstOrEarliestDueFirst() throws Exception {
        assertThat(ids(director().param("district", district))).containsExactly(recent, publicWorks, workingGroup,
                notYetDue, dueSoon, overdue, stale);
        assertThat(ids(director().param("district", district).param("state", "PRELIMINARY_REVIEW")))
                .containsExactly(notYetDue, dueSoon, overdue);
        assertThat(ids(director().param("district", district).param("lineOfWork", "PUBLIC_WORKS")))
                .containsExactly(publicWorks);
        assertThat(ids(director().param("district", district).param("due", "soon"))).containsExactly(dueSoon);
        assertThat(ids(director().param("district", district).param("due", "overdue"))).containsExactly(overdue);
        assertThat(ids(director().param("district", district).param("stale", "true"))).containsExactly(stale);
        assertThat(ids(director().param("destination", unit.code()))).containsExactly(recent, publicWorks, stale);
        assertThat(ids(director().param("destination", unit.code()).param("stale", "false")
                .param("lineOfWork", "CITY_LAW_ENFORCEMENT"))).containsExactly(recent);
        assertThat(ids(director().param("district", district).param("destination", "WG-3")))
                .containsExactly(workingGroup);
        assertThat(ids(director().param("district", district).param("disposition", "FORWARDED_TO_WORKING_GROUP")))
                .containsExactly(workingGroup);
    }

    @Test
    void pagesAreStableAndDisjointAndCountEveryMatch() throws Exception {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = list(director().param("district", district).param("size", "3")
                    .param("page", String.valueOf(page)));
            assertThat(body.path("totalItems").asLong()).isEqualTo(7);
            body.path("items").forEach(item -> all.add(item.path("caseId").asString()));
        }
        assertThat(all).containsExactly(recent, publicWorks, workingGroup, notYetDue, dueSoon, overdue, stale);
    }

    @Test
    void aUnitOfficerSeesOnlyTheUnitsCasesWhateverTheFiltersAsk() throws Exception {
        assertThat(ids(officer())).containsExactly(recent, publicWorks, stale);
        assertThat(ids(officer().param("state", "FORWARDED_TO_UNIT").param("stale", "false")))
                .containsExactly(recent, publicWorks);
        assertThat(ids(officer().param("destination", "WG-3"))).isEmpty();
        assertThat(ids(officer().param("district", district).param("due", "overdue"))).isEmpty();
        assertThat(ids(officer().param("district", district).param("state", "PRELIMINARY_REVIEW"))).isEmpty();
        assertThat(list(officer().param("district", district)).path("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void paramsOutOfRangeAreA400NamingEachOneNotA500() throws Exception {
        mvc.perform(as(get("/api/cases"), PlatformRoles.DIRECTOR).param("page", "-1").param("size", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", containsInAnyOrder("page", "size")))
                .andExpect(jsonPath("$.violations[*].rule", containsInAnyOrder("Min", "Min")));
    }

    private String open(Destination destination, int daysAgo, LineOfWork line) {
        Instant received = START.minus(Duration.ofDays(daysAgo));
        String complaintId = newComplaintId();
        ComplaintCase c = ComplaintCase.open(caseIdOf(complaintId), complaintId,
                new ComplaintFacts(Channel.HOTLINE_1555, received, district, line, null, "masked", null, null),
                new RoutingDecision(1, RoutingKind.INITIAL, destination, null, "RULE-1", 1, "เหตุผล", "reason", 0.9,
                        "routing-service", line, line), UUID.randomUUID().toString(), received, policy);
        c.tick(START, policy);
        assertThat(store.insert(c)).isTrue();
        return c.id();
    }

    private MockHttpServletRequestBuilder director() {
        return as(get("/api/cases"), PlatformRoles.DIRECTOR).param("size", "100");
    }

    private MockHttpServletRequestBuilder officer() {
        return as(get("/api/cases"), "test-unit-officer", PlatformRoles.UNIT_OFFICER, unit.code()).param("size", "100");
    }

    private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
        List<String> ids = new ArrayList<>();
        list(request).path("items").forEach(item -> ids.add(item.path("caseId").asString()));
        return ids;
    }

    private JsonNode list(MockHttpServletRequestBuilder request) throws Exception {
        return JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
