package th.bma.anticorruption.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard in ops/ parses, every panel queries a provisioned data source, and every metric its
 * Prometheus queries name is one docs/operations.md documents (ops/check-dashboard.py checks the same names against
 * a running platform's scrapes).
 */
class GrafanaDashboardTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path DASHBOARD = REPOSITORY.resolve("ops/grafana/dashboards/complaint-platform.json");
    private static final Set<String> DATA_SOURCES = Set.of("prometheus", "tempo");
    private static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "rate", "increase",
            "histogram_quantile", "sort_desc", "by", "without", "and", "or");
    /** Series Prometheus adds to every target itself. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    @Test
    void everyPanelQueriesADocumentedMetricOnAProvisionedDataSource() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        String operations = Files.readString(REPOSITORY.resolve("docs/operations.md"));
        List<JsonNode> panels = panels(dashboard);
        Set<String> metrics = new TreeSet<>();

        for (JsonNode panel : panels) {
            assertThat(panel.path("targets").size()).as(panel.path("title").asString()).isPositive();
            for (JsonNode target : panel.path("targets")) {
                String uid = target.path("datasource").path("uid").asString(panel.path("datasource").path("uid")
                        .asString(""));
                assertThat(DATA_SOURCES).as(panel.path("title").asString()).contains(uid);
                if (uid.equals("prometheus")) {
                    metrics.addAll(metricNames(target.path("expr").asString("")));
                }
            }
        }

        assertThat(panels).hasSizeGreaterThanOrEqualTo(10);
        assertThat(metrics).contains("intake_complaints_received_total", "intake_complaints_screened_out_total",
                "routing_decisions_published_total", "cases_opening_latency_seconds_bucket",
                "spring_cloud_stream_binder_kafka_offset", "platform_dead_letters_total",
                "platform_events_published_total");
        for (String metric : metrics) {
            String documented = metric.replaceAll("_(bucket|count|sum)$", "");
            assertThat(PROMETHEUS_OWN.contains(metric) || operations.contains("`" + documented + "`"))
                    .as(metric + " is documented in docs/operations.md").isTrue();
        }
    }

    @Test
    void theProvisionedDataSourcesAreTheOnesThePanelsName() throws IOException {
        String datasources = Files.readString(REPOSITORY.resolve("ops/grafana/provisioning/datasources/datasources.yml"));

        assertThat(datasources).contains("uid: prometheus", "uid: tempo");
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (!panel.path("type").asString().equals("row")) {
                panels.add(panel);
            }
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher token = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*").matcher(bare);
        while (token.find()) {
            if (!PROMQL.contains(token.group())) {
                names.add(token.group());
            }
        }
        return names;
    }
}
