package th.bma.anticorruption.load.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.launcher.RunningPlatform;

/**
 * Checks a scenario's ledger against what the platform shows: every acknowledged complaint exactly once in the cases
 * (the case API through the gateway, as the director), and in the statistics - the month's figures (the scenario has
 * its month to itself, so {@code received} must equal the acknowledged complaints and {@code byChannel} each
 * channel's share; the screened-out Traffy tickets likewise) and, per complaint, the statistics service's own
 * document of it. Waits for the platform to settle, up to {@link #SETTLE}.
 */
final class Reconciliation {

    static final Duration SETTLE = Duration.ofMinutes(4);

    private final Gateway gateway;
    private final RunningPlatform platform;

    Reconciliation(Gateway gateway, RunningPlatform platform) {
        this.gateway = gateway;
        this.platform = platform;
    }

    /** What was found; {@code evidence} names the first complaints missing or doubled. */
    record Result(int expected, int lostInCases, int duplicatedInCases, int statisticsReceived,
            int missingInStatistics, int expectedScreenedOut, int statisticsScreenedOut, List<String> evidence) {

        int lost() {
            return Math.max(lostInCases, Math.max(missingInStatistics, Math.max(0, expected - statisticsReceived)))
                    + Math.max(0, expectedScreenedOut - statisticsScreenedOut);
        }

        int duplicated() {
            return Math.max(duplicatedInCases, Math.max(0, statisticsReceived - expected))
                    + Math.max(0, statisticsScreenedOut - expectedScreenedOut);
        }
    }

    Result check(Ledger ledger, YearMonth month) {
        Map<String, Channel> complaints = ledger.acknowledgedComplaints();
        Map<Channel, Integer> outOfScope = ledger.outOfScopeByChannel();
        int expectedScreenedOut = ledger.outOfScopeRecords();
        Map<Channel, Integer> byChannel = new HashMap<>();
        complaints.values().forEach(channel -> byChannel.merge(channel, 1, Integer::sum));
        Instant deadline = Instant.now().plus(SETTLE);
        Set<String> notYetInCases = new LinkedHashSet<>(complaints.keySet());
        JsonNode latest;
        while (true) {
            notYetInCases.removeIf(id -> casesOf(id) > 0);
            JsonNode figures = monthly(month);
            latest = figures;
            boolean statisticsSettled = figures.path("received").asInt(-1) == complaints.size()
                    && screenedOut(figures) == expectedScreenedOut
                    && outOfScope.entrySet().stream().allMatch(e ->
                            figures.path("screenedOutByChannel").path(e.getKey().name()).asInt() == e.getValue())
                    && byChannel.entrySet().stream().allMatch(e ->
                            figures.path("byChannel").path(e.getKey().name()).asInt() == e.getValue());
            if ((notYetInCases.isEmpty() && statisticsSettled) || Instant.now().isAfter(deadline)) {
                break;
            }
            Pause.of(Duration.ofSeconds(2));
        }
        JsonNode figures = latest;
        List<String> evidence = new ArrayList<>();
        int lost = 0;
        int duplicated = 0;
        for (String id : complaints.keySet()) {
            int cases = casesOf(id);
            for (int attempt = 1; cases < 0 && attempt < 5; attempt++) {
                Pause.of(Duration.ofSeconds(1));
                cases = casesOf(id);
            }
            if (cases < 0) {
                lost++;
                note(evidence, "the case API did not answer for complaint " + id);
            } else if (cases == 0) {
                lost++;
                note(evidence, "no case for complaint " + id);
            } else if (cases > 1) {
                duplicated += cases - 1;
                note(evidence, cases + " cases for complaint " + id);
            }
        }
        List<String> missingInStatistics = missingInStatistics(complaints.keySet());
        missingInStatistics.forEach(id -> note(evidence, "statistics has no document of complaint " + id));
        int received = figures.path("received").asInt(0);
        if (received != complaints.size()) {
            note(evidence, month + ": statistics received " + received + ", acknowledged " + complaints.size());
        }
        byChannel.forEach((channel, count) -> {
            int counted = figures.path("byChannel").path(channel.name()).asInt(0);
            if (counted != count) {
                note(evidence, month + " " + channel + ": statistics " + counted + ", acknowledged " + count);
            }
        });
        int screenedOut = screenedOut(figures);
        if (screenedOut != expectedScreenedOut) {
            note(evidence, month + ": screened out " + screenedOut + ", acknowledged out of scope " + expectedScreenedOut);
        }
        outOfScope.forEach((channel, count) -> {
            int counted = figures.path("screenedOutByChannel").path(channel.name()).asInt(0);
            if (counted != count) {
                note(evidence, month + " " + channel + ": screened out " + counted + ", acknowledged out of scope " + count);
            }
        });
        return new Result(complaints.size(), lost, duplicated, received, missingInStatistics.size(),
                expectedScreenedOut, screenedOut, evidence);
    }

    /** How many cases the case API lists for one complaint (-1 if it did not answer). */
    int casesOf(String complaintId) {
        Gateway.Answer answer = gateway.get("/api/cases?complaintId=" + complaintId, "director");
        if (answer.status() != 200) {
            return -1;
        }
        int count = 0;
        for (JsonNode item : answer.json().path("items")) {
            if (complaintId.equals(item.path("complaintId").asString())) {
                count++;
            }
        }
        return count;
    }

    JsonNode monthly(YearMonth month) {
        Gateway.Answer answer = gateway.get("/api/statistics/monthly/" + month, "director");
        return answer.status() == 200 ? answer.json() : Gateway.JSON.missingNode();
    }

    /** Every channel's screened-out records of the month (the ledger's out-of-scope records may be of any channel). */
    private static int screenedOut(JsonNode figures) {
        int total = 0;
        for (JsonNode count : figures.path("screenedOutByChannel")) {
            total += count.asInt(0);
        }
        return total;
    }

    /** The complaints the statistics service keeps no document of ({@code statistics.complaints}, _id = complaintId). */
    private List<String> missingInStatistics(Set<String> complaintIds) {
        List<String> missing = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            Set<Object> present = new java.util.HashSet<>();
            List<String> ids = new ArrayList<>(complaintIds);
            for (int from = 0; from < ids.size(); from += 500) {
                mongo.getDatabase("statistics").getCollection("complaints")
                        .find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + 500))))
                        .projection(new Document("_id", 1))
                        .forEach(document -> present.add(String.valueOf(document.get("_id"))));
            }
            ids.stream().filter(id -> !present.contains(id)).forEach(missing::add);
        }
        return missing;
    }

    private static void note(List<String> evidence, String line) {
        if (evidence.size() < 10) {
            evidence.add(line);
        }
    }
}
