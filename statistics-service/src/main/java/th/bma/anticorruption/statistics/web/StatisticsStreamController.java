package th.bma.anticorruption.statistics.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The live monthly figures for dashboards, as server-sent events. */
@RestController
@Tag(name = "Statistics")
class StatisticsStreamController {

    private final StatisticsStream stream;

    StatisticsStreamController(StatisticsStream stream) {
        this.stream = stream;
    }

    @GetMapping(value = "/api/statistics/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live monthly figures (server-sent events)",
            description = "Starts with the current Bangkok month, then one event named 'monthly' (id month@asOf, "
                    + "data: the MonthlyStatistics JSON of statistics.monthly.v1) whenever a month's figures are "
                    + "published; a comment heartbeat every 15 s. The server ends the stream after about 30 minutes: "
                    + "reopen it.")
    SseEmitter stream() throws IOException {
        return stream.open();
    }
}
