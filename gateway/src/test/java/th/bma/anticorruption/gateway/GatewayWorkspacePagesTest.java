package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/**
 * The officers' workspace: every address of the page (the base, a view, a case's deep link, the sign-in's return)
 * answers the same built page without a token, never cached stale; its built files are served beside it; an address
 * that is neither is not turned into the page.
 */
class GatewayWorkspacePagesTest extends GatewayTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/workspace", "/workspace/", "/workspace/triage", "/workspace/follow-up",
        "/workspace/cases/CASE-2026-000123", "/workspace/callback?code=abc&state=xyz"})
    void everyAddressOfTheWorkspaceAnswersItsPageWithoutAToken(String path) {
        String page = client().get().uri(path).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"th\">").contains("src=\"/workspace/assets/")
                .doesNotContain("/dashboard/");
    }

    @Test
    void aMissingFileIsNotAnsweredWithThePage() {
        client().get().uri("/workspace/assets/missing-file.js").exchange().expectStatus().isNotFound();
        client().get().uri("/workspace/cases/CASE-1/extra").exchange().expectStatus().isNotFound();
    }
}
