package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The complainant's side through the running gateway: the conversation at {@code /api/public/messages} is open
 * without a token like public tracking, forwards nothing that says who the complainant is (address, browser,
 * language, referrer, cookies), takes a reply with photos above the ordinary body limit, and the tracking page
 * {@code /track/} is served without sign-in with no inline script. Each test names its own client address (a trusted
 * proxy's X-Forwarded-For, {@link SmallLimits}) so the tracking limit of one does not spill into another.
 */
@DisabledIfSystemProperty(named = "platform.infra", matches = "testcontainers",
        disabledReason = "needs no Kafka or MongoDB: runs in the embedded pass only")
@SmallLimits
class GatewayComplainantSideTest extends GatewayTestBase {

    private static final String MESSAGES = "/api/public/messages";
    private static final String PHONE_BROWSER = "Mozilla/5.0 (Linux; Android 14; SM-A546E) Chrome/131.0 Mobile";

    @Test
    @SuppressWarnings("unchecked")
    void theConversationIsOpenWithoutATokenAndNothingAboutTheComplainantReachesTheService() {
        String complainant = "198.51.100.101";
        Map<String, Object> echo = client().post().uri(MESSAGES)
                .header("X-Forwarded-For", complainant)
                .header(HttpHeaders.USER_AGENT, PHONE_BROWSER)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "th-TH,th;q=0.9")
                .header(HttpHeaders.REFERER, "https://social.example/post/123")
                .header(HttpHeaders.COOKIE, "session=abc")
                .header("Sec-CH-UA-Platform", "\"Android\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("trackingCode", "1234567890123456"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(echo).containsEntry("service", "cases").containsEntry("path", MESSAGES);
        Map<String, String> received = (Map<String, String>) echo.get("headers");
        assertThat(received).doesNotContainKeys("accept-language", "referer", "cookie", "sec-ch-ua-platform",
                "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded");
        // the gateway's own HTTP client names itself where the browser's name was taken away
        assertThat(received.values()).noneMatch(v -> v.contains(complainant) || v.contains("Android")
                || v.contains("Mozilla"));
        assertThat(received).containsKey("content-type");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficersRequestIsForwardedAsBefore() {
        Map<String, Object> echo = client().get().uri("/api/cases/CASE-7/messages")
                .header("X-Forwarded-For", "198.51.100.102")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("conversation-investigator", "INVESTIGATOR")))
                .header(HttpHeaders.USER_AGENT, "officers-workspace")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((Map<String, String>) echo.get("headers")).containsEntry("user-agent", "officers-workspace");
    }

    @Test
    void aReplyWithPhotosPassesAboveTheOrdinaryBodyLimitWhichStillBindsTracking() {
        MultipartBodyBuilder reply = new MultipartBodyBuilder();
        reply.part("trackingCode", "1234567890123456");
        reply.part("text", "ภาพถ่ายตามที่ขอครับ");
        reply.part("attachments", new ByteArrayResource(new byte[200_000]) {
            @Override
            public String getFilename() {
                return "photo.jpg";
            }
        }).contentType(MediaType.IMAGE_JPEG);

        client().post().uri(MESSAGES).header("X-Forwarded-For", "198.51.100.103")
                .body(BodyInserters.fromMultipartData(reply.build()))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(MESSAGES);
        client().post().uri("/api/public/track").header("X-Forwarded-For", "198.51.100.104")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"trackingCode\":\"" + "1".repeat(5000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void theConversationCountsAgainstTheTrackingLimit() {
        String guesser = "198.51.100.105";
        for (int attempt = 1; attempt <= 3; attempt++) {
            client().post().uri(attempt % 2 == 0 ? "/api/public/track" : MESSAGES).header("X-Forwarded-For", guesser)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("trackingCode", "GUESS-" + attempt))
                    .exchange().expectStatus().isOk();
        }
        client().post().uri(MESSAGES).header("X-Forwarded-For", guesser).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("trackingCode", "GUESS-4")).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void readingTheConversationTakesTheCodeInTheBodyNeverInTheUrl() {
        client().get().uri(MESSAGES + "?trackingCode=1234567890123456").header("X-Forwarded-For", "198.51.100.106")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theTrackingPageIsServedWithoutSignInAndRunsNoInlineScript() {
        String page = client().get().uri("/track/").header("X-Forwarded-For", "198.51.100.107").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", GatewayPageHeadersTest.PAGE_POLICY)
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("data-testid=\"track-code\"", "data-testid=\"track-submit\"", "lang=\"th\"");

        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(scripts.find()).isTrue();
        assertThat(scripts.group(1)).contains("src=\"/track/assets/");
        assertThat(scripts.group(2)).isBlank();
        assertThat(page).doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainPattern("(?i)\\sstyle\\s*=")
                .doesNotContain("http://", "https://");
        Matcher bundle = Pattern.compile("src=\"(/track/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(bundle.find()).isTrue();
        String script = client().get().uri(bundle.group(1)).header("X-Forwarded-For", "198.51.100.107").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(script).doesNotContain("document.cookie", "localStorage", "history.pushState", "eval(",
                ".innerHTML");
    }
}
