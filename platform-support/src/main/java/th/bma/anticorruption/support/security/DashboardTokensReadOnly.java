package th.bma.anticorruption.support.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A dashboard token ({@link PlatformScopes#DASHBOARD}) only reads: any other method is refused with 403 before the
 * service's own rules, whatever roles the token carries. The gateway already lets such a token reach nothing but the
 * statistics and the case list; this keeps it read-only where a service is called directly.
 */
final class DashboardTokensReadOnly extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final ProblemAuthenticationHandlers problems;

    DashboardTokensReadOnly(ProblemAuthenticationHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                && PlatformScopes.isDashboardToken(jwt) && !READS.contains(request.getMethod())) {
            problems.handle(request, response, new AccessDeniedException("A dashboard token only reads"));
            return;
        }
        chain.doFilter(request, response);
    }
}
