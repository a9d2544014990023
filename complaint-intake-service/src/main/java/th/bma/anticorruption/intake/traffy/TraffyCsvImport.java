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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

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
 */
public class TraffyCsvImport {

    private static final Logger log = LoggerFactory.getLogger(TraffyCsvImport.class);
    private static final int MAX_REPORTED_REJECTIONS = 1000;

    private final ComplaintIntake intake;
    private final TraffyStatusUpdates statusUpdates;
    private final int batchSize;
    private final int progressEvery;

    public TraffyCsvImport(ComplaintIntake intake, TraffyStatusUpdates statusUpdates, int batchSize, int progressEvery) {
        this.intake = intake;
        this.statusUpdates = statusUpdates;
        this.batchSize = batchSize;
        this.progressEvery = progressEvery;
    }

    /** The outcome of one import. */
    public record Summary(long rows, long accepted, long duplicates, long outOfScope, long rejected,
            List<Rejection> rejections, boolean rejectionsTruncated, long millis) {
    }

    /** One rejected row: its line in the file and the rules it broke (never its values). */
    public record Rejection(long line, String ticketId, List<FieldViolation> violations) {
    }

    public Summary importFrom(InputStream csv) {
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "traffy-import-writer"));
        try {
            return importFrom(csv, writer);
        } finally {
            writer.shutdownNow();
        }
    }

    private Summary importFrom(InputStream csv, ExecutorService writer) {
        long started = System.nanoTime();
        Counts counts = new Counts();
        Deque<Future<List<IntakeReceipt>>> storing = new ArrayDeque<>();
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        try (CsvReader<CsvRecord> records = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).detectBomHeader(true).ofCsvRecord(reader)) {
            Iterator<CsvRecord> rows = records.iterator();
            if (!rows.hasNext()) {
                throw RequestRejectedException.of("header", "required", "The CSV is empty.");
            }
            TraffyCsvLayout layout = TraffyCsvLayout.of(rows.next().getFields()).orElseThrow(() ->
                    RequestRejectedException.of("header", "layout",
                            "The header is neither Traffy's public dump layout nor the Exchange API download layout."));
            log.info("Traffy CSV import started ({} layout)", layout.kind());
            List<IncomingComplaint> batch = new ArrayList<>(batchSize);
            List<TraffyTicketState> states = new ArrayList<>(batchSize);
            while (rows.hasNext()) {
                CsvRecord row = rows.next();
                counts.rows++;
                Violations violations = new Violations();
                TraffyTickets.Ticket ticket = layout.ticket(row.getFields(), violations);
                TraffyTicketState state = layout.ticketState(row.getFields(), violations);
                IncomingComplaint complaint = violations.isEmpty() ? TraffyTickets.toComplaint(ticket, violations) : null;
                if (complaint == null) {
                    counts.reject(row.getStartingLineNumber(), ticket.ticketId(), violations);
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
