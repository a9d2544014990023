package th.bma.anticorruption.intake.traffy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.complaint.IntakeReceipt;
import th.bma.anticorruption.intake.validation.Violations;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * Imports a Traffy CSV export of any size: streamed row by row (FastCSV), taken in batches, progress in the log, a
 * summary at the end. A malformed row is reported with its line and the rules it broke, and the rest of the file is
 * still imported. Each batch is screened on the request's thread ({@link ComplaintIntake#prepareAll}) while the
 * previous one is stored and published on a writer thread ({@link ComplaintIntake#storeAll}): one writer, so
 * batches are stored in file order, and at most one batch waits for it. The writer then puts each stored row's own
 * state, reopen count and photos on its complaint ({@link TraffyStatusUpdates#recordTicketStates}).
 * <p>
 * Bounded everywhere: a field longer than its rule (ticket id, organisation, …) rejects its row; a field longer than
 * {@link #MAX_FIELD_CHARS} characters (or a quote never closed) stops the import with 400, as does a row of more than
 * {@link #MAX_FIELDS} fields; more than {@link Limits#maxRows()} rows stop it with 413; more than
 * {@link Limits#maxConcurrent()} imports at once are refused with 429 before the body is read. An import that stops
 * has taken the rows before the line it names: sending the file again counts them as duplicates.
 */
public class TraffyCsvImport {

    private static final Logger log = LoggerFactory.getLogger(TraffyCsvImport.class);
    private static final int MAX_REPORTED_REJECTIONS = 1000;
    /** The longest field read at all; a description of 5000 Thai graphemes fits several times over. */
    static final int MAX_FIELD_CHARS = 32_768;
    static final int MAX_FIELDS = 256;
    private static final int MAX_RECORD_CHARS = 4 * MAX_FIELD_CHARS;
    private static final String OVERSIZED = "max-field-size";
    private static final String OVERSIZED_WHY = "has a field longer than " + MAX_FIELD_CHARS + " characters, more than "
            + MAX_FIELDS + " fields or more than " + MAX_RECORD_CHARS + " characters in all, or a quote that never closes";

    /** How many rows one import takes, and how many imports run at once. */
    public record Limits(long maxRows, int maxConcurrent) {
    }

    private final ComplaintIntake intake;
    private final TraffyStatusUpdates statusUpdates;
    private final int batchSize;
    private final int progressEvery;
    private final Limits limits;
    private final Semaphore running;

    public TraffyCsvImport(ComplaintIntake intake, TraffyStatusUpdates statusUpdates, int batchSize, int progressEvery,
            Limits limits) {
        this.intake = intake;
        this.statusUpdates = statusUpdates;
        this.batchSize = batchSize;
        this.progressEvery = progressEvery;
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent());
    }

    /** The outcome of one import. */
    public record Summary(long rows, long accepted, long duplicates, long outOfScope, long rejected,
            List<Rejection> rejections, boolean rejectionsTruncated, long millis) {
    }

    /** One rejected row: its line in the file and the rules it broke (never its values). */
    public record Rejection(long line, String ticketId, List<FieldViolation> violations) {
    }

    public Summary importFrom(InputStream csv) {
        if (!running.tryAcquire()) {
            throw new RequestRejectedException(HttpStatus.TOO_MANY_REQUESTS, "Too many imports are running.",
                    List.of(new FieldViolation("import", "max-concurrent-imports", "At most "
                            + limits.maxConcurrent() + " imports run at once; send this one when another has ended.")));
        }
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "traffy-import-writer"));
        try {
            return importFrom(csv, writer);
        } finally {
            writer.shutdownNow();
            running.release();
        }
    }

    private Summary importFrom(InputStream csv, ExecutorService writer) {
        long started = System.nanoTime();
        Counts counts = new Counts();
        Deque<Future<List<IntakeReceipt>>> storing = new ArrayDeque<>();
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        CsvRecordHandler bounded = CsvRecordHandler.builder().maxFieldSize(MAX_FIELD_CHARS)
                .maxRecordSize(MAX_RECORD_CHARS).maxFields(MAX_FIELDS).build();
        try (CsvReader<CsvRecord> records = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).detectBomHeader(true).maxBufferSize(MAX_RECORD_CHARS).build(bounded, reader)) {
            Iterator<CsvRecord> rows = records.iterator();
            CsvRecord header;
            try {
                header = rows.hasNext() ? rows.next() : null;
            } catch (CsvParseException e) {
                throw RequestRejectedException.of("header", OVERSIZED, "The header " + OVERSIZED_WHY + ".");
            }
            if (header == null) {
                throw RequestRejectedException.of("header", "required", "The CSV is empty.");
            }
            TraffyCsvLayout layout = TraffyCsvLayout.of(header.getFields()).orElseThrow(() ->
                    RequestRejectedException.of("header", "layout",
                            "The header is neither Traffy's public dump layout nor the Exchange API download layout."));
            log.info("Traffy CSV import started ({} layout)", layout.kind());
            List<IncomingComplaint> batch = new ArrayList<>(batchSize);
            List<TraffyTicketState> states = new ArrayList<>(batchSize);
            while (true) {
                CsvRecord row;
                try {
                    row = rows.hasNext() ? rows.next() : null;
                } catch (CsvParseException e) {
                    throw stopped(HttpStatus.BAD_REQUEST, "after the row that starts at line " + counts.lastLine, "row",
                            OVERSIZED, "The next row " + OVERSIZED_WHY, batch, states, writer, storing, counts);
                }
                if (row == null) {
                    break;
                }
                if (counts.rows == limits.maxRows()) {
                    throw stopped(HttpStatus.CONTENT_TOO_LARGE, "at line " + row.getStartingLineNumber(), "rows",
                            "max-rows", "An import takes at most " + limits.maxRows()
                                    + " rows; send the rest as another file", batch, states, writer, storing, counts);
                }
                counts.rows++;
                counts.lastLine = row.getStartingLineNumber();
                Violations violations = new Violations();
                TraffyTickets.Ticket ticket = layout.ticket(row.getFields(), violations);
                TraffyTicketState state = layout.ticketState(row.getFields(), violations);
                IncomingComplaint complaint = violations.isEmpty() ? TraffyTickets.toComplaint(ticket, violations) : null;
                if (complaint == null) {
                    counts.reject(row.getStartingLineNumber(), reportable(ticket.ticketId()), violations);
                } else {
                    batch.add(complaint);
                    states.add(state);
                }
                if (batch.size() >= batchSize) {
                    take(batch, states, writer, storing, counts);
                    batch = new ArrayList<>(batchSize);
                    states = new ArrayList<>(batchSize);
                }
                if (counts.rows % progressEvery == 0) {
                    log.info("Traffy CSV import: {} rows read, {} accepted, {} duplicates, {} out of scope, {} rejected",
                            counts.rows, counts.accepted, counts.duplicates, counts.outOfScope, counts.rejected);
                }
            }
            take(batch, states, writer, storing, counts);
            while (!storing.isEmpty()) {
                tally(storing.removeFirst(), counts);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Traffy CSV import finished: {} rows in {} ms, {} accepted, {} duplicates, {} out of scope, {} rejected",
                counts.rows, millis, counts.accepted, counts.duplicates, counts.outOfScope, counts.rejected);
        return new Summary(counts.rows, counts.accepted, counts.duplicates, counts.outOfScope, counts.rejected,
                List.copyOf(counts.rejections), counts.rejected > counts.rejections.size(), millis);
    }

    /**
     * Stops the import ({@code where}: at or after which line): the rows read before are stored first, so the answer
     * can say what was taken. The message names no value of the file.
     */
    private RequestRejectedException stopped(HttpStatus status, String where, String field, String rule, String why,
            List<IncomingComplaint> batch, List<TraffyTicketState> states, ExecutorService writer,
            Deque<Future<List<IntakeReceipt>>> storing, Counts counts) {
        take(batch, states, writer, storing, counts);
        while (!storing.isEmpty()) {
            tally(storing.removeFirst(), counts);
        }
        String detail = why + ". The import stopped " + where + "; the " + counts.rows + " rows before were taken ("
                + counts.accepted + " accepted, " + counts.duplicates + " duplicates, " + counts.outOfScope
                + " out of scope, " + counts.rejected + " rejected), and sending them again counts them as duplicates.";
        log.warn("Traffy CSV import stopped {} ({}): {} rows taken", where, rule, counts.rows);
        return new RequestRejectedException(status, detail, List.of(new FieldViolation(field, rule, detail)));
    }

    /** A ticket id goes into the summary only if it is one; anything else could be any text of any length. */
    private static String reportable(String ticketId) {
        return ticketId != null && TraffyTickets.TICKET_ID.matcher(ticketId).matches() ? ticketId : null;
    }

    private void take(List<IncomingComplaint> batch, List<TraffyTicketState> states, ExecutorService writer,
            Deque<Future<List<IntakeReceipt>>> storing, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        ComplaintIntake.PreparedBatch prepared = intake.prepareAll(batch);
        while (storing.size() > 1) {
            tally(storing.removeFirst(), counts);
        }
        storing.addLast(writer.submit(() -> recordTicketStates(batch, states, intake.storeAll(prepared))));
    }

    /**
     * Each row intake took in scope gets its own state on the complaint, after the complaint is stored; a row that
     * opened its complaint here is backfilled, so a finished or irrelevant one opens its case closed. A row taken
     * before (a re-import, or a ticket that arrived by webhook) only adds its state as the channel's status.
     */
    private List<IntakeReceipt> recordTicketStates(List<IncomingComplaint> batch, List<TraffyTicketState> states,
            List<IntakeReceipt> receipts) {
        List<ComplaintChannelStatusUpdated> events = new ArrayList<>();
        for (int i = 0; i < receipts.size(); i++) {
            IntakeReceipt receipt = receipts.get(i);
            if (receipt.isOutOfScope() || receipt.complaintId() == null) {
                continue;
            }
            IncomingComplaint complaint = batch.get(i);
            statusUpdates.ticketStateEvent(receipt.complaintId(), complaint.channelRecordId(), complaint.receivedAt(),
                    states.get(i), receipt.outcome() == IntakeReceipt.Outcome.CREATED).ifPresent(events::add);
        }
        statusUpdates.recordTicketStates(events);
        return receipts;
    }

    private static void tally(Future<List<IntakeReceipt>> stored, Counts counts) {
        List<IntakeReceipt> receipts;
        try {
            receipts = stored.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        }
        for (IntakeReceipt receipt : receipts) {
            switch (receipt.outcome()) {
                case CREATED -> counts.accepted++;
                case ALREADY_RECEIVED, ALREADY_SCREENED_OUT -> counts.duplicates++;
                case OUT_OF_SCOPE -> counts.outOfScope++;
                default -> throw new IllegalStateException("unknown outcome");
            }
        }
    }

    private static final class Counts {
        long rows;
        long lastLine = 1;
        long accepted;
        long duplicates;
        long outOfScope;
        long rejected;
        final List<Rejection> rejections = new ArrayList<>();

        void reject(long line, String ticketId, Violations violations) {
            rejected++;
            if (rejections.size() < MAX_REPORTED_REJECTIONS) {
                rejections.add(new Rejection(line, ticketId, violations.list()));
            }
        }
    }
}
