package th.bma.anticorruption.load.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MongoCommandCountTest {

    @Test
    void sumsTheCommandCountsOfEveryCollectionAndCommandAndNothingElse() {
        String scraped = """
                # HELP mongodb_driver_commands_seconds
                mongodb_driver_commands_seconds_count{collection="cases",command="insert",status="SUCCESS"} 1265.0
                mongodb_driver_commands_seconds_sum{collection="cases",command="insert",status="SUCCESS"} 37.5
                mongodb_driver_commands_seconds_count{collection="cases",command="find",status="SUCCESS"} 40
                mongodb_driver_commands_seconds_max{collection="cases",command="find",status="SUCCESS"} 0.2
                http_server_requests_seconds_count{uri="/api/cases"} 99
                """;

        assertThat(MongoCommandCount.sum(scraped)).isEqualTo(1305);
    }
}
