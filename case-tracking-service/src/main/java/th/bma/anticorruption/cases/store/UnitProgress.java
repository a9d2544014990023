package th.bma.anticorruption.cases.store;

import java.util.List;

/**
 * One unit's or working group's monthly progress reports: the cases it {@code held} that owed a report by the month's
 * due day, how many were reported {@code onTime} and {@code late}, the ids of those {@code missing} (owed and not filed
 * so far) and of those reported {@code withoutProgress}.
 */
public record UnitProgress(String code, String nameTh, String nameEn, long held, long onTime, long late,
        List<String> missing, List<String> withoutProgress) {
}
