package th.bma.anticorruption.load.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.traffy.TraffyCsvLayout;
import th.bma.anticorruption.intake.validation.Violations;

class TraffyDumpCsvWriterTest {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2021-06-01T00:00:00+07:00");
    private static final OffsetDateTime TO = OffsetDateTime.parse("2026-11-01T00:00:00+07:00");

    @Test
    void everyRowIsAPublicDumpTicketIntakeTakesAndScreensAsCounted() throws Exception {
        LoadGenerator generator = new LoadGenerator(new ComplaintMix(1, 0, 0, 0.1), 5, Clock.systemUTC());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TraffyDumpCsvWriter.Written written = new TraffyDumpCsvWriter(generator, FROM, TO).write(out, 2000);

        Set<String> ids = new HashSet<>();
        int inScope = 0;
        int rows = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(
                new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            var records = csv.iterator();
            TraffyCsvLayout layout = TraffyCsvLayout.of(records.next().getFields()).orElseThrow();
            assertThat(layout.kind()).isEqualTo(TraffyCsvLayout.Kind.PUBLIC_DUMP);
            while (records.hasNext()) {
                List<String> fields = records.next().getFields();
                Violations violations = new Violations();
                IncomingComplaint complaint = IntakeRules.traffyTicket(layout.ticket(fields, violations));
                assertThat(violations.list()).isEmpty();

                assertThat(BangkokDistrict.fromThai(complaint.district())).isPresent();
                assertThat(complaint.receivedAt()).isBetween(FROM, TO);
                assertThat(complaint.channelRecordId()).startsWith(complaint.receivedAt().getYear() + "-");
                ids.add(complaint.channelRecordId());
                inScope += IntakeRules.screenedInScope(complaint) ? 1 : 0;
                rows++;
            }
        }
        assertThat(rows).isEqualTo(2000);
        assertThat(ids).hasSize(2000);
        assertThat(written.rows()).isEqualTo(2000);
        assertThat(inScope).isEqualTo(written.aboutCorruption()).isBetween(140, 260);
    }
}
