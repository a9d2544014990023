package th.bma.anticorruption.load.generator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes Traffy Fondue's public dump as CSV, streaming, any number of rows: the layout intake's CSV import parses
 * ({@code ticket_id,type,organization,comment,photo,photo_after,coords,address,subdistrict,district,province,
 * timestamp,state,star,count_reopen,last_activity}), types as {@code {ถนน,ทางเท้า}}, coordinates as
 * {@code longitude,latitude}, timestamps in UTC ({@code 2022-06-04 15:34:14.868164+00}). Tickets come from a
 * {@link LoadGenerator} (its Traffy corruption share), reported at random over {@code [from, to)}.
 */
public final class TraffyDumpCsvWriter {

    public static final List<String> HEADER = List.of("ticket_id", "type", "organization", "comment", "photo",
            "photo_after", "coords", "address", "subdistrict", "district", "province", "timestamp", "state", "star",
            "count_reopen", "last_activity");

    private static final DateTimeFormatter DUMP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx");

    private final LoadGenerator generator;
    private final OffsetDateTime from;
    private final long spanSeconds;

    public TraffyDumpCsvWriter(LoadGenerator generator, OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the reporting window must not be empty");
        }
        this.generator = generator;
        this.from = from;
        this.spanSeconds = Duration.between(from, to).toSeconds();
    }

    /** What was written: the rows and how many of them are about corruption (intake should accept those). */
    public record Written(long rows, long aboutCorruption) {
    }

    public Written write(Path file, long rows) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header and {@code rows} rows; does not close {@code out}. */
    public Written write(OutputStream out, long rows) {
        long aboutCorruption = 0;
        CsvWriter csv = CsvWriter.builder().bufferSize(64 * 1024).build(new NonClosing(out), StandardCharsets.UTF_8);
        csv.writeRecord(HEADER);
        for (long i = 0; i < rows; i++) {
            boolean corruption = generator.nextInt(1_000_000) < generator.mix().traffyCorruptionShare() * 1_000_000;
            OffsetDateTime reportedAt = from.plusSeconds((long) (spanSeconds * (generator.nextInt(1 << 30) / (double) (1 << 30))))
                    .plusNanos(generator.nextInt(1_000_000) * 1000L);
            TraffyTicket ticket = generator.nextTraffyTicket(reportedAt, corruption);
            aboutCorruption += corruption ? 1 : 0;
            csv.writeRecord(row(ticket));
        }
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(rows, aboutCorruption);
    }

    private String[] row(TraffyTicket ticket) {
        int fate = generator.nextInt(100);
        String state = fate < 60 ? "เสร็จสิ้น" : fate < 75 ? "กำลังดำเนินการ" : fate < 85 ? "ส่งต่อ"
                : fate < 95 ? "รอรับเรื่อง" : "ไม่เกี่ยวข้อง";
        boolean finished = fate < 60;
        OffsetDateTime utc = ticket.reportedAt().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime lastActivity = utc.plusMinutes(generator.nextInt(60 * 24 * 30));
        return new String[] {
            ticket.ticketId(),
            "{" + String.join(",", ticket.types()) + "}",
            ticket.organisation(),
            ticket.description(),
            ticket.photo(),
            finished ? ticket.photo().replace(".jpg", "_after.jpg") : "",
            ticket.longitude() + "," + ticket.latitude(),
            ticket.address(),
            ticket.subdistrict(),
            ticket.district().nameTh(),
            "กรุงเทพมหานคร",
            DUMP_TIME.format(utc),
            state,
            finished && generator.nextInt(2) == 0 ? String.valueOf(1 + generator.nextInt(5)) : "",
            String.valueOf(generator.nextInt(20) == 0 ? 1 : 0),
            DUMP_TIME.format(lastActivity)};
    }

    /** FastCSV closes what it writes to; the caller owns the stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
