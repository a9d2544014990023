package th.bma.anticorruption.cases.store;

import org.springframework.data.mongodb.core.query.Criteria;

/** One list request as MongoDB will run it: the criteria and the index (with its order) that serves them. */
public record CaseListQuery(Criteria criteria, CaseListIndex index) {
}
