package th.bma.anticorruption.gateway.track;

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
 * The complainant's tracking page at {@code /track} and {@code /track/}, open without sign-in. Its files come from the
 * {@code dashboard-ui} jar (under {@code META-INF/resources/track/}, served as static resources); without that jar
 * the page answers 404. The page sends the tracking code only in request bodies to {@code /api/public/**}; it sets no
 * cookie and loads nothing from elsewhere (the pages' Content-Security-Policy forbids it anyway). What the browser
 * says about the complainant stays at the gateway ({@link ComplainantHeaders}).
 */
@Configuration(proxyBeanMethods = false)
public class TrackPages {

    public static final String PAGE_PATTERN = "/track/**";

    static final Resource INDEX = new ClassPathResource("META-INF/resources/track/index.html");

    @Bean
    RouterFunction<ServerResponse> trackIndex() {
        return RouterFunctions.route(GET("/track").or(GET("/track/")), request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                        .bodyValue(INDEX)
                : ServerResponse.notFound().build());
    }

    @Bean
    ComplainantHeaders complainantHeaders() {
        return new ComplainantHeaders();
    }
}
