package th.bma.anticorruption.gateway.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.gateway.pages.*}: what the browser pages the gateway serves ({@code /dashboard/} and every other
 * page path) may load and call. The Content-Security-Policy allows scripts, styles, fonts and images from the
 * gateway's own origin only (no inline script or style: the built pages have none), calls ({@code connect-src}) to
 * the gateway and to the authorization server where the page exchanges its sign-in code for a token
 * ({@code sign-in-origins}: the authorization server as browsers reach it; by default the issuer), and forbids
 * plugins, framing, any {@code <base>} and forms posting elsewhere. Should a page ever need an inline script,
 * its hash goes into {@code script-hashes} (e.g. {@code sha256-…}), never {@code 'unsafe-inline'}.
 */
@ConfigurationProperties("platform.gateway.pages")
public record PageHeaders(List<String> signInOrigins, List<String> scriptHashes) {

    /** Camera, microphone, location, payment and the like: no page of the platform uses them. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), display-capture=(), browsing-topics=()";

    public PageHeaders {
        signInOrigins = signInOrigins == null ? List.of() : List.copyOf(signInOrigins);
        scriptHashes = scriptHashes == null ? List.of() : List.copyOf(scriptHashes);
    }

    /** The page policy. */
    public String contentSecurityPolicy() {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        signInOrigins.stream().filter(origin -> !origin.isBlank()).map(PageHeaders::origin).forEach(connect::add);
        StringBuilder scripts = new StringBuilder("'self'");
        scriptHashes.stream().filter(hash -> !hash.isBlank()).forEach(hash -> scripts.append(" '").append(hash.trim())
                .append('\''));
        return "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src " + String.join(" ", connect) + "; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** scheme://host[:port] of a URL: a source with a path would match that path alone. */
    static String origin(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("platform.gateway.pages.sign-in-origins: not an absolute URL: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
