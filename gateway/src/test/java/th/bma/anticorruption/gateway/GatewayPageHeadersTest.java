package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The browser headers on every answer the gateway serves outside /api: the strict Content-Security-Policy, nosniff,
 * no referrer, no powerful features, a browsing context of its own, no framing, and HSTS over HTTPS. Not only on the
 * dashboard: any page path gets them (an unknown page path answers 401, with the headers);
 * API answers keep their stricter policy (GatewayLimitsTest).
 * The built dashboard and workspace need nothing the policy forbids: no inline script, style or event handler, no
 * eval, no style element written by script.
 */
class GatewayPageHeadersTest extends GatewayTestBase {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self' http://localhost:9000; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard/", "/dashboard", "/workspace/", "/track/", "/swagger-ui.html"})
    void everyPageCarriesTheBrowserHeaders(String path) {
        client().get().uri(path).exchange()
                .expectHeader().valueEquals("Content-Security-Policy", PAGE_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Permissions-Policy", "camera=(), microphone=(), geolocation=(), "
                        + "payment=(), usb=(), serial=(), bluetooth=(), display-capture=(), browsing-topics=()")
                .expectHeader().valueEquals("Cross-Origin-Opener-Policy", "same-origin")
                .expectHeader().valueEquals("Cross-Origin-Resource-Policy", "same-origin")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                // plain HTTP: no HSTS (a browser ignores it there, and it would pin a local run's host)
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void overHttpsTheAnswerPinsHttpsForAYear() {
        WebTestClient.bindToApplicationContext(context).configureClient().baseUrl("https://gateway.example").build()
                .get().uri("/dashboard/").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard/", "/workspace/"})
    void theBuiltPagesNeedNothingThePolicyForbids(String base) {
        String page = client().get().uri(base).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page);
        int found = 0;
        while (scripts.find()) {
            found++;
            assertThat(scripts.group(1)).as("a script from a file").contains("src=\"" + base + "assets/");
            assertThat(scripts.group(2)).as("no inline script").isBlank();
        }
        assertThat(found).isPositive();
        assertThat(page).doesNotContainPattern("(?i)<style\\b").doesNotContainPattern("(?i)\\sstyle\\s*=")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContain("javascript:");

        Matcher asset = Pattern.compile("src=\"(" + Pattern.quote(base) + "assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(asset.find()).isTrue();
        String bundle = client().get().uri(asset.group(1)).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", PAGE_POLICY)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(bundle).doesNotContain("eval(", "new Function(", "createElement(\"style\")",
                "createElement('style')", ".innerHTML", "setAttribute(\"style\"", "insertRule(");
    }
}
