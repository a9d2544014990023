package th.bma.anticorruption.gateway.workspace;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The officers' workspace at {@code /workspace/}. Every address of the page itself answers its {@code index.html}, so
 * that a view ({@code /workspace/triage}), a case ({@code /workspace/cases/{caseId}}) or the sign-in's return
 * ({@code /workspace/callback}) can be opened, bookmarked and reloaded; its built files under
 * {@code /workspace/assets/} are static resources of the {@code dashboard-ui} jar
 * ({@code META-INF/resources/workspace/}). Without that jar the page answers 404. The page is public: signing in
 * happens in the page (authorization code + PKCE).
 */
@Configuration(proxyBeanMethods = false)
public class WorkspacePages {

    static final Resource INDEX = new ClassPathResource("META-INF/resources/workspace/index.html");

    /** The page's own addresses: the base, one view, or one case; never a file (those have a dot or a folder). */
    static final RequestPredicate PAGE = GET("/workspace").or(GET("/workspace/"))
            .or(GET("/workspace/{view:[a-z][a-z-]*}"))
            .or(GET("/workspace/cases/{caseId:[A-Za-z0-9][A-Za-z0-9._-]*}"));

    @Bean
    RouterFunction<ServerResponse> workspaceIndex() {
        return RouterFunctions.route(PAGE, request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                        .bodyValue(INDEX)
                : ServerResponse.notFound().build());
    }
}
