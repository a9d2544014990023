package th.bma.anticorruption.load.faults;

import java.time.Duration;
import java.util.List;

/**
 * One scenario's figures for the report. {@code sent} counts requests (resends included), {@code acknowledged} the
 * distinct channel records answered 202/200; {@code lost} and {@code duplicated} come from the reconciliation;
 * {@code badInputServerErrors} are 5xx answers to input that was wrong on purpose (must be 0);
 * {@code faultServerErrors} are 5xx or missing answers to valid records while a process was down (those records
 * were not acknowledged and were sent again). {@code checks} are the scenario's own findings, one table row each.
 */
record ScenarioResult(String name, String what, int sent, int acknowledged, int lost, int duplicated,
        int badInputServerErrors, int faultServerErrors, List<String> checkHeader, List<List<String>> checks,
        List<String> evidence, boolean checksPassed, Duration took) {

    boolean passed() {
        return checksPassed && lost == 0 && duplicated == 0 && badInputServerErrors == 0;
    }
}
