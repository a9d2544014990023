package th.bma.anticorruption.load.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The figures of one run, each with its target and its floor, as a Markdown table. */
final class Results {

    private static final Logger log = LoggerFactory.getLogger(Results.class);

    /** One figure; {@code floor} null where the machine has none to compare with. */
    record Row(String what, double value, String unit, String target, Double floor, String floorWhat) {

        String ratio() {
            return floor == null || floor == 0 ? "" : String.format(Locale.ROOT, "%.2f", value / floor);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(String what, double value, String unit, String target, Double floor, String floorWhat) {
        if (floor != null && floor == 0) {
            floor = null; // the floor was not measured in this run (--skip=floor)
        }
        rows.add(new Row(what, value, unit, target, floor, floorWhat));
        log.info("{}: {} {}{}", what, format(value), unit,
                floor == null ? "" : " (floor " + format(floor) + ", ratio " + rows.get(rows.size() - 1).ratio() + ")");
    }

    synchronized void note(String note) {
        notes.add(note);
        log.info(note);
    }

    synchronized String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| measure | result | target | floor (same run) | ratio to floor |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.what()).append(" | ").append(format(row.value())).append(' ').append(row.unit())
                    .append(" | ").append(row.target() == null ? "" : row.target())
                    .append(" | ").append(row.floor() == null ? "" : format(row.floor()) + " " + row.floorWhat())
                    .append(" | ").append(row.ratio()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    static String format(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
