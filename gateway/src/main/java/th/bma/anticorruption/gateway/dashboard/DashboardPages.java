package th.bma.anticorruption.gateway.dashboard;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The dashboard's page at {@code /dashboard} and {@code /dashboard/}. Its files come from the {@code dashboard-ui}
 * jar (under {@code META-INF/resources/dashboard/}, served as static resources) when that jar is on the class path;
 * without it the page answers 404. The page is public: signing in happens in the page (authorization code + PKCE).
 */
@Configuration(proxyBeanMethods = false)
public class DashboardPages {

    static final Resource INDEX = new ClassPathResource("META-INF/resources/dashboard/index.html");

    @Bean
    RouterFunction<ServerResponse> dashboardIndex() {
        return RouterFunctions.route(GET("/dashboard").or(GET("/dashboard/")), request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                        .bodyValue(INDEX)
                : ServerResponse.notFound().build());
    }
}
