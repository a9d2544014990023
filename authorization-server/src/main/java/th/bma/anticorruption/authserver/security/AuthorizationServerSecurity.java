package th.bma.anticorruption.authserver.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import th.bma.anticorruption.authserver.accounts.PlatformAccounts;
import th.bma.anticorruption.authserver.keys.SigningKeys;
import th.bma.anticorruption.authserver.signin.SignInThrottle;
import th.bma.anticorruption.authserver.signin.ThrottledAnswers;
import th.bma.anticorruption.authserver.signin.ThrottledAuthentication;
import th.bma.anticorruption.authserver.token.ApiAudience;
import th.bma.anticorruption.authserver.token.DashboardScopeRoles;
import th.bma.anticorruption.authserver.token.RolesTokenCustomizer;

/**
 * Two filter chains: the OAuth2 protocol endpoints (token, JWK set, authorize, OIDC discovery), and the rest (the
 * sign-in form for the dashboard's authorization-code flow; health and Prometheus open to the platform). Failed
 * sign-ins and failed client authentications go through one {@link SignInThrottle}: past its thresholds the attempt is
 * answered 429 before any password or secret is checked. Pages carry a Content-Security-Policy and no referrer.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerSecurity {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerSecurity.class);

    /**
     * The sign-in and sign-out pages load only their own stylesheet. No {@code form-action}: after the sign-in form
     * the browser is redirected on to the page that asked for the sign-in, on another origin.
     */
    static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http, SignInThrottle throttle) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .oidc(Customizer.withDefaults())
                        .clientAuthentication(clients -> clients
                                .authenticationProviders(providers -> throttled(providers, throttle))
                                .errorResponseHandler(ThrottledAnswers.clientAuthentication())))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .headers(AuthorizationServerSecurity::pageHeaders)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
            SignInThrottle throttle) throws Exception {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users);
        byPassword.setPasswordEncoder(passwords);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new ThrottledAuthentication(byPassword::authenticate,
                        throttle, "user", UsernamePasswordAuthenticationToken.class)))
                .formLogin(form -> form.failureHandler(ThrottledAnswers.signInForm()))
                .headers(AuthorizationServerSecurity::pageHeaders)
                .build();
    }

    /**
     * Client authentication (secret, PKCE public client, assertion) behind the throttle: the configured providers
     * become one, in front of which the throttle stands, so an attempt is counted once whichever provider takes it.
     */
    private static void throttled(List<AuthenticationProvider> providers, SignInThrottle throttle) {
        ProviderManager clientAuthentication = new ProviderManager(new ArrayList<>(providers));
        clientAuthentication.setEraseCredentialsAfterAuthentication(false);
        providers.clear();
        providers.add(new ThrottledAuthentication(clientAuthentication, throttle, "client",
                OAuth2ClientAuthenticationToken.class));
    }

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    /** The dashboard (a browser app on another origin) exchanges its code for a token here: CORS for it alone. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${platform.auth.dashboard-origins:}") List<String> dashboardOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!dashboardOrigins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(dashboardOrigins);
            cors.setAllowedMethods(List.of("GET", "POST"));
            cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization"));
            cors.setMaxAge(600L);
            List.of("/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/.well-known/openid-configuration",
                    "/.well-known/oauth-authorization-server").forEach(path -> source.registerCorsConfiguration(path, cors));
        }
        return source;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${platform.auth.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(@Value("${platform.auth.signing-key-file:}") String keyFile) {
        RSAKey key;
        if (keyFile.isBlank()) {
            log.info("No platform.auth.signing-key-file: signing with a fresh key; tokens end with this process");
            key = SigningKeys.generate();
        } else {
            key = SigningKeys.loadOrCreate(Path.of(keyFile));
        }
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The access token's claims: the caller's roles and unit, narrowed to the granted scope, and the audience. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(PlatformAccounts accounts,
            @Value("${platform.auth.audience}") String audience) {
        List<OAuth2TokenCustomizer<JwtEncodingContext>> steps = List.of(new RolesTokenCustomizer(accounts),
                new DashboardScopeRoles(), new ApiAudience(audience));
        return context -> steps.forEach(step -> step.customize(context));
    }
}
