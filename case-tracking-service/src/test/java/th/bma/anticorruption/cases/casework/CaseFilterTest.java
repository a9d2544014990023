package th.bma.anticorruption.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.store.CaseListIndex;
import th.bma.anticorruption.cases.store.CaseListQuery;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;

/** Every list request is shaped for the compound index that serves it: its leading fields constrained, its order. */
class CaseFilterTest {

    private static final Instant NOW = Instant.parse("2026-08-20T03:00:00Z");

    private static CaseFilter filter(String destination, String district, LineOfWork line, CaseState state,
            Disposition disposition, CaseFilter.Due due, Boolean stale) {
        return new CaseFilter(null, state, disposition, destination, district, line, due, stale);
    }

    @Test
    void eachFilterLeadsItsOwnIndexAndTheMostSelectiveFilterLeadsACombination() {
        assertThat(indexOf(filter(null, null, null, null, null, null, null), null)).isEqualTo(CaseListIndex.RECEIVED);
        assertThat(indexOf(filter(null, null, null, CaseState.GROUNDED, null, null, null), null))
                .isEqualTo(CaseListIndex.STATE);
        assertThat(indexOf(filter(null, "ปทุมวัน", LineOfWork.CITY_LAW_ENFORCEMENT, CaseState.GROUNDED, null, null,
                null), null)).isEqualTo(CaseListIndex.DISTRICT);
        assertThat(indexOf(filter(null, null, LineOfWork.CITY_LAW_ENFORCEMENT, CaseState.GROUNDED, null, null, null),
                null)).isEqualTo(CaseListIndex.LINE_OF_WORK);
        assertThat(indexOf(filter(null, null, null, null, Disposition.FORWARDED_TO_UNIT, null, null), null))
                .isEqualTo(CaseListIndex.DISPOSITION);
        assertThat(indexOf(filter(null, "ปทุมวัน", null, null, null, null, true), null)).isEqualTo(CaseListIndex.STALE);
        assertThat(indexOf(filter(null, "ปทุมวัน", null, null, null, null, false), null))
                .isEqualTo(CaseListIndex.DISTRICT);
        assertThat(indexOf(filter("WG-3", "ปทุมวัน", null, null, null, null, true), null))
                .isEqualTo(CaseListIndex.DESTINATION);
        assertThat(indexOf(filter(null, "ปทุมวัน", null, null, null, null, null), "DISTRICT-1007"))
                .as("a unit officer's scope leads").isEqualTo(CaseListIndex.DESTINATION);
        assertThat(indexOf(filter(null, "ปทุมวัน", null, null, null, CaseFilter.Due.SOON, true), null))
                .isEqualTo(CaseListIndex.DEADLINE);
        assertThat(indexOf(filter(null, null, null, null, null, CaseFilter.Due.OVERDUE, null), "WG-3"))
                .isEqualTo(CaseListIndex.DESTINATION_DEADLINE);
        assertThat(indexOf(new CaseFilter("CMP-1", CaseState.GROUNDED, null, null, null, null, null, null), "WG-3"))
                .isEqualTo(CaseListIndex.COMPLAINT);
    }

    @Test
    void aComplaintIdAloneIsThePlainEqualityItsUniqueIndexAnswers() {
        CaseFilter byComplaint = new CaseFilter("CMP-1", null, null, null, null, null, null, null);

        assertThat(byComplaint.toQuery(null, NOW).criteria().getCriteriaObject())
                .isEqualTo(new Document("complaintId", "CMP-1"));
        assertThat(byComplaint.toQuery("WG-3", NOW).criteria().getCriteriaObject().get("$and"))
                .as("with a scope, both conditions still hold").asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new Document("routing.destination.code", "WG-3"),
                        new Document("complaintId", "CMP-1"));
    }

    @Test
    void theChosenIndexLeadsWithFieldsTheQueryFixesAndItsKeysEndWithTheListOrder() {
        List<String> scopes = java.util.Arrays.asList(null, "DISTRICT-1007");
        for (String scope : scopes) {
            for (CaseFilter.Due due : java.util.Arrays.asList(null, CaseFilter.Due.SOON, CaseFilter.Due.OVERDUE)) {
                for (Boolean stale : java.util.Arrays.asList(null, true, false)) {
                    CaseFilter filter = filter(null, due == null ? "ปทุมวัน" : null, LineOfWork.CITY_LAW_ENFORCEMENT,
                            stale == null ? CaseState.GROUNDED : null, null, due, stale);
                    CaseListQuery query = filter.toQuery(scope, NOW);
                    CaseListIndex index = query.index();
                    assertThat(fixedFields(query)).as("%s with scope %s", filter, scope)
                            .containsAll(index.equalityFields());
                    List<String> orderKeys = index.sort().stream().map(Sort.Order::getProperty).toList();
                    assertThat(index.keys().subList(index.equalityFields().size(), index.keys().size()))
                            .isEqualTo(orderKeys);
                    assertThat(orderKeys).last().isEqualTo("_id");
                }
            }
        }
    }

    private static CaseListIndex indexOf(CaseFilter filter, String scope) {
        return filter.toQuery(scope, NOW).index();
    }

    /** The fields the query constrains by equality or $in. */
    private static Set<String> fixedFields(CaseListQuery query) {
        Set<String> fields = new HashSet<>();
        Document criteria = query.criteria().getCriteriaObject();
        List<?> clauses = criteria.containsKey("$and") ? criteria.getList("$and", Object.class) : List.of(criteria);
        for (Object clause : clauses) {
            ((Document) clause).forEach((field, value) -> {
                if (!(value instanceof Document operators) || operators.containsKey("$in")) {
                    fields.add(field);
                }
            });
        }
        return fields;
    }
}
