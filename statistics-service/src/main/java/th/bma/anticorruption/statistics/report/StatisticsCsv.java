package th.bma.anticorruption.statistics.report;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import th.bma.anticorruption.contracts.MonthlyStatistics;

/**
 * A month's figures as CSV for spreadsheets: one row per figure, {@code month,figure,key,subkey,count}, e.g.
 * {@code 2023-02,byChannelAndLineOfWork,TRAFFY_FONDUE,PUBLIC_WORKS,2}. Districts keep their Thai names (UTF-8).
 */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    public static String of(MonthlyStatistics s) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            String m = s.month();
            csv.writeRecord("month", "figure", "key", "subkey", "count");
            csv.writeRecord(m, "received", "", "", Long.toString(s.received()));
            s.byChannel().forEach((k, n) -> csv.writeRecord(m, "byChannel", k, "", Long.toString(n)));
            s.byLineOfWork().forEach((k, n) -> csv.writeRecord(m, "byLineOfWork", k, "", Long.toString(n)));
            s.byChannelAndLineOfWork().forEach((channel, lines) -> lines.forEach((line, n) ->
                    csv.writeRecord(m, "byChannelAndLineOfWork", channel, line, Long.toString(n))));
            s.byDisposition().forEach((k, n) -> csv.writeRecord(m, "byDisposition", k, "", Long.toString(n)));
            s.byDistrict().forEach((k, n) -> csv.writeRecord(m, "byDistrict", k, "", Long.toString(n)));
            csv.writeRecord(m, "deadlines", "open", "", Long.toString(s.deadlines().open()));
            csv.writeRecord(m, "deadlines", "dueWithin7Days", "", Long.toString(s.deadlines().dueWithin7Days()));
            csv.writeRecord(m, "deadlines", "breached", "", Long.toString(s.deadlines().breached()));
            csv.writeRecord(m, "deadlines", "metOnTime", "", Long.toString(s.deadlines().metOnTime()));
            s.screenedOutByChannel().forEach((k, n) ->
                    csv.writeRecord(m, "screenedOutByChannel", k, "", Long.toString(n)));
            if (s.internalTrackOutcomes() != null) {
                s.internalTrackOutcomes().forEach((k, n) ->
                        csv.writeRecord(m, "internalTrackOutcomes", k, "", Long.toString(n)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
