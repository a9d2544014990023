package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;

import th.bma.anticorruption.gateway.security.RequestFirewall;

/** The firewall's rules on their own: which spellings pass, and which rule refuses the others. */
class RequestFirewallTest {

    private final RequestFirewall firewall = new RequestFirewall();

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/track", "/api/cases", "/dashboard/", "/dashboard/assets/index-IHB-YP_i.js",
            "/api/routing/rules/%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95", "/", "/actuator/health"})
    void aPathInItsOwnSpellingPasses(String path) {
        assertThat(firewall.getFirewalledExchange(exchange(path)).block()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/public/%74rack | percent-encoded ASCII",
            "/api/public/%2574rack | percent-encoded ASCII",
            "/api/public%2Ftrack | percent-encoded ASCII",
            "/api/public/%2e/track | percent-encoded ASCII",
            "/api/public/%C1%B4rack | not valid UTF-8",
            "/api/public/track%C2%85 | control character",
            "/api/public/track/ | ends with a slash",
            "/api/cases/ | ends with a slash"})
    void everyOtherSpellingIsRefusedNamingItsRule(String path, String rule) {
        assertThatExceptionOfType(ServerExchangeRejectedException.class)
                .isThrownBy(() -> firewall.getFirewalledExchange(exchange(path)).block())
                .withMessageContaining(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api//public/track", "/api/public/./track", "/api/public/x/../track",
            "/api/public/track;x=1", "/api;x=1/public/track"})
    void theStrictFirewallStillRefusesWhatItAlwaysRefused(String path) {
        assertThatExceptionOfType(ServerExchangeRejectedException.class)
                .isThrownBy(() -> firewall.getFirewalledExchange(exchange(path)).block());
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.POST, URI.create(path)));
    }
}
