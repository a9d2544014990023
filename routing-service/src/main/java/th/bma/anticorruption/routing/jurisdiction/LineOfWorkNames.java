package th.bma.anticorruption.routing.jurisdiction;

import th.bma.anticorruption.contracts.LineOfWork;

/** สายงาน names as the centre's monthly report writes them. */
final class LineOfWorkNames {

    private LineOfWorkNames() {
    }

    static String thai(LineOfWork line) {
        switch (line) {
            case PUBLIC_WORKS:
                return "โยธา";
            case CITY_LAW_ENFORCEMENT:
                return "เทศกิจ";
            case REVENUE:
                return "รายได้";
            case ENVIRONMENT:
                return "สิ่งแวดล้อม";
            default:
                return "อื่นๆ";
        }
    }

    static String english(LineOfWork line) {
        return line.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
