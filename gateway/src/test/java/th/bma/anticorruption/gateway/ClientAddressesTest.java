package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import th.bma.anticorruption.gateway.limits.ClientAddresses;
import th.bma.anticorruption.gateway.limits.TrustedProxySettings;

class ClientAddressesTest {

    private static final String PROXY = "10.20.0.5";
    private static final String CLIENT = "198.51.100.23";
    private static final String SPOOFED = "203.0.113.99";

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.20.0.0/16", "192.168.7.1"));
    private final ClientAddresses direct = new ClientAddresses(List.of());

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        assertThat(direct.of(request(CLIENT, SPOOFED))).isEqualTo(CLIENT);
        assertThat(direct.of(request(PROXY, CLIENT))).isEqualTo(PROXY);
    }

    @Test
    void anUntrustedPeerCannotPassForSomeoneElse() {
        assertThat(behindProxies.of(request(CLIENT, SPOOFED))).isEqualTo(CLIENT);
        assertThat(behindProxies.of(request(CLIENT, SPOOFED + ", " + PROXY))).isEqualTo(CLIENT);
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        assertThat(behindProxies.of(request(PROXY, CLIENT))).isEqualTo(CLIENT);
        // the client wrote the left part itself; our proxies appended the rest
        assertThat(behindProxies.of(request(PROXY, SPOOFED + ", " + CLIENT))).isEqualTo(CLIENT);
        assertThat(behindProxies.of(request(PROXY, SPOOFED + ", " + CLIENT + ", 192.168.7.1, 10.20.3.4")))
                .isEqualTo(CLIENT);
        assertThat(behindProxies.of(request(PROXY, SPOOFED, CLIENT))).as("header given twice").isEqualTo(CLIENT);
    }

    @Test
    void fromATrustedProxyWithoutAUsableHeaderTheLastTrustedHopIsUsed() {
        assertThat(behindProxies.of(request(PROXY))).isEqualTo(PROXY);
        assertThat(behindProxies.of(request(PROXY, "10.20.9.9"))).isEqualTo("10.20.9.9");
        assertThat(behindProxies.of(request(PROXY, CLIENT + ", not-an-address"))).isEqualTo(PROXY);
        assertThat(behindProxies.of(request(PROXY, "unknown, 10.20.9.9"))).isEqualTo("10.20.9.9");
    }

    @Test
    void addressesAreCanonicalSoOneClientHasOneKey() {
        assertThat(behindProxies.of(request(PROXY, "[2001:DB8:0:0::7]:443"))).isEqualTo(
                behindProxies.of(request(PROXY, "2001:db8::7")));
        assertThat(behindProxies.of(request(PROXY, CLIENT + ":51000"))).isEqualTo(CLIENT);
    }

    @Test
    void aTrustedRangeMustBeAnAddressNeverAHostName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("proxy.example/24")))
                .withMessageContaining("trusted-proxies");
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/40")));
    }

    @Test
    void theSettingIsACommaSeparatedListAndMayBeEmpty() {
        assertThat(trustedProxies("10.20.0.0/16, 192.168.7.1")).containsExactly("10.20.0.0/16", "192.168.7.1");
        // the docker profile's ${GATEWAY_TRUSTED_PROXIES:} when the variable is not set
        assertThat(trustedProxies("")).isEmpty();
    }

    private static List<String> trustedProxies(String value) {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("platform.gateway.trusted-proxies", value)));
        return binder.bind("platform.gateway", TrustedProxySettings.class)
                .orElseGet(() -> new TrustedProxySettings(null)).trustedProxies();
    }

    private static MockServerHttpRequest request(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/api/public/track")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        for (String value : forwardedFor) {
            request.header("X-Forwarded-For", value);
        }
        return request.build();
    }
}
