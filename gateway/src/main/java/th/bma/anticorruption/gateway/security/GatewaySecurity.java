package th.bma.anticorruption.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.header.CrossOriginOpenerPolicyServerHttpHeadersWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.server.header.CrossOriginResourcePolicyServerHttpHeadersWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import th.bma.anticorruption.gateway.limits.BodySizeLimit;
import th.bma.anticorruption.gateway.track.TrackPages;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.support.security.PlatformScopes;
import th.bma.anticorruption.support.security.RolesJwtAuthenticationConverter;

/**
 * The door: one spelling per path ({@link RequestFirewall}), a stateless JWT resource server (signature against the
 * authorization server's JWK set, issuer, expiry and audience), roles from the token's {@code roles} claim, a role
 * check per API prefix, public tracking (status, the complainant's conversation, the {@code /track/} page) and health
 * open, everything else closed. A dashboard token (scope {@code dashboard}) reads statistics, the case list, the units'
 * progress and the follow-up list, and reaches nothing else. CORS only for the dashboard's origin; the browser headers
 * of {@link PageHeaders} on every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({GatewaySecurity.CorsSettings.class, PageHeaders.class})
public class GatewaySecurity {

    /** HSTS for a year, on HTTPS answers only (Spring Security writes it for secure requests). */
    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    /** A request carrying a dashboard token: it may read what the dashboard shows, and nothing else. */
    static final ServerWebExchangeMatcher DASHBOARD_TOKEN = exchange -> exchange.getPrincipal()
            .filter(principal -> principal instanceof JwtAuthenticationToken token
                    && PlatformScopes.isDashboardToken(token.getToken()))
            .flatMap(principal -> ServerWebExchangeMatcher.MatchResult.match())
            .switchIfEmpty(ServerWebExchangeMatcher.MatchResult.notMatch());

    /** {@code platform.gateway.dashboard-origins}: the only origins allowed to call the API from a browser. */
    @ConfigurationProperties("platform.gateway")
    public record CorsSettings(List<String> dashboardOrigins) {

        public CorsSettings {
            dashboardOrigins = dashboardOrigins == null ? List.of("http://localhost:8080")
                    : List.copyOf(dashboardOrigins);
        }
    }

    /** Each bearer token's signature is checked once, not on every request ({@link VerifiedTokenCache}). */
    @Bean
    static BeanPostProcessor verifiedTokenCache(ObjectProvider<Clock> clock) {
        return VerifiedTokenCache.wrapping(10_000, clock);
    }

    /** Used by Spring Security's filter chain proxy for every request, before any other security filter. */
    @Bean
    ServerWebExchangeFirewall requestFirewall() {
        return new RequestFirewall();
    }

    @Bean
    ServerExchangeRejectedHandler rejectedRequestProblems() {
        return new RejectedRequestProblems();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, PageHeaders pages) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> {
                })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(pages.contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicy(policy -> policy.policy(PageHeaders.PERMISSIONS_POLICY))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .crossOriginResourcePolicy(corp -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
                        .hsts(hsts -> hsts.maxAge(HSTS_MAX_AGE).includeSubdomains(true)))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(rs -> rs
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(new RolesJwtAuthenticationConverter()))))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/public/track", BodySizeLimit.PUBLIC_MESSAGES_PATH)
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/dashboard", "/dashboard/", "/dashboard/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/track", TrackPages.PAGE_PATTERN).permitAll()
                        .pathMatchers(HttpMethod.GET, "/workspace", "/workspace/", "/workspace/**").permitAll()
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**").permitAll()
                        // what the dashboard reads; any other request with a dashboard token is refused
                        .pathMatchers(HttpMethod.GET, "/api/statistics/**")
                                .hasAnyRole(RouteRoles.of(RouteRoles.STATISTICS))
                        .pathMatchers(HttpMethod.GET, "/api/cases", "/api/cases/progress", "/api/cases/follow-up")
                                .hasAnyRole(RouteRoles.of(RouteRoles.CASES))
                        .matchers(DASHBOARD_TOKEN).denyAll()
                        .pathMatchers("/api/intake/screening-rules", "/api/intake/screening-rules/**")
                        .hasAnyRole(RouteRoles.of(RouteRoles.SCREENING_RULES))
                        .pathMatchers("/api/intake/**").hasAnyRole(RouteRoles.of(RouteRoles.INTAKE))
                        .pathMatchers(HttpMethod.POST, RouteRoles.ROUTING_REVEAL)
                        .hasRole(PlatformRoles.CONFIDENTIALITY_OFFICER)
                        .pathMatchers("/api/routing/**").hasAnyRole(RouteRoles.of(RouteRoles.ROUTING))
                        .pathMatchers("/api/cases", "/api/cases/**").hasAnyRole(RouteRoles.of(RouteRoles.CASES))
                        .pathMatchers("/api/statistics/**").hasAnyRole(RouteRoles.of(RouteRoles.STATISTICS))
                        .anyExchange().denyAll())
                .build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsSettings settings) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(settings.dashboardOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
        cors.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
        cors.setAllowCredentials(false);
        cors.setMaxAge(600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
