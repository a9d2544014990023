package th.bma.anticorruption.cases.web;

import java.util.List;

/** One page of cases, newest complaint first. */
public record CasePage(List<CaseView> items, int page, int size, long totalItems) {
}
