package th.bma.anticorruption.support.security;

import jakarta.servlet.DispatcherType;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * The common part of every service's security: a stateless JWT resource server (tokens are checked again here,
 * not only at the gateway: signature, issuer, expiry and audience), roles from the token, a dashboard token kept to
 * reading ({@link PlatformScopes}), problem+json for 401/403, health and metrics open to the platform. The error
 * dispatch is let through: it renders the error of a request that was authorised already, so a failure inside a
 * handler answers 500 instead of being denied as 403 by a service's final {@code denyAll}. Each service adds its own
 * authorisation rules after calling {@link #apply}.
 */
public final class ResourceServerSecurity {

    private ResourceServerSecurity() {
    }

    public static HttpSecurity apply(HttpSecurity http) throws Exception {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers();
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(rs -> rs
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesJwtAuthenticationConverter())))
                .addFilterAfter(new DashboardTokensReadOnly(problems), BearerTokenAuthenticationFilter.class)
                .headers(Customizer.withDefaults())
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
    }
}
