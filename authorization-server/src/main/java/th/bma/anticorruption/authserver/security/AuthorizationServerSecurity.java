package th.bma.anticorruption.authserver.security;

import java.nio.file.Path;
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
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import th.bma.anticorruption.authserver.accounts.PlatformAccounts;
import th.bma.anticorruption.authserver.keys.SigningKeys;
import th.bma.anticorruption.authserver.token.RolesTokenCustomizer;

/**
 * Two filter chains: the OAuth2 protocol endpoints (token, JWK set, authorize, OIDC discovery), and the rest (the
 * sign-in form for the dashboard's authorization-code flow; health and Prometheus open to the platform).
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerSecurity {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerSecurity.class);

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
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

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesTokenCustomizer(PlatformAccounts accounts) {
        return new RolesTokenCustomizer(accounts);
    }
}
