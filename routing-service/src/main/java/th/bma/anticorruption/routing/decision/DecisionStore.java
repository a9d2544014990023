package th.bma.anticorruption.routing.decision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.bma.anticorruption.contracts.LineOfWork;

/**
 * Where decisions and complaint files are kept, with single-record atomic writes only (no transactions): a decision
 * is stored under its unique key ({@link RoutingDecision#idOf}) or not at all, together with its event; sequence
 * numbers are handed out by the complaint's file; the file's current decision only moves forward (guarded by
 * sequence).
 */
public interface DecisionStore {

    Optional<RoutingDecision> find(String complaintId, long sequence);

    /** Every decision of a complaint, oldest first. */
    List<RoutingDecision> history(String complaintId);

    /** Stores a decision; false when one with the same complaint and sequence is already there. */
    boolean insert(RoutingDecision decision);

    /**
     * Stores decisions in one write; returns the ids of those stored now (the others had one with the same complaint
     * and sequence already).
     */
    Set<String> insertAll(List<RoutingDecision> decisions);

    /** The initial decisions stored for these complaints, by complaint id, in one read. */
    Map<String, RoutingDecision> findInitial(Collection<String> complaintIds);

    /**
     * Opens the files of many complaints in one write, each with its first decision already current; a file open
     * already is left as it is.
     *
     * @return the complaint ids whose file was opened now (so no decision of the complaint can be stored yet)
     */
    Set<String> openFiles(Collection<RoutingDecision> firsts, Instant now);

    Optional<ComplaintFile> file(String complaintId);

    /** Hands out the next decision sequence of an open complaint file. */
    long nextSequence(String complaintId);

    /**
     * Makes a decision the file's current one unless a later decision is current already (reordering). The same
     * sequence is written again: only the stored decision has it, so this repairs a file opened with a first
     * decision that was never stored (a crash between the two writes).
     */
    void markCurrent(RoutingDecision decision);

    /** {@link #markCurrent} for many decisions of different complaints, in one write. */
    void markAllCurrent(List<RoutingDecision> decisions);

    /** An officer decided on the complaint: screening's doubt of it no longer stands for later decisions. */
    void settleScreeningDoubt(String complaintId);

    /** Keeps the line of work an officer gave, for the complaint's later decisions (a re-decision keeps it too). */
    void keepOfficersLineOfWork(String complaintId, LineOfWork lineOfWork);

    /** Complaints whose current decision leaves them under verification, oldest first. */
    List<ComplaintFile> triageQueue();
}
