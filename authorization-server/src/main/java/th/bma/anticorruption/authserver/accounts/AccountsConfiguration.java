package th.bma.anticorruption.authserver.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import th.bma.anticorruption.support.security.PlatformScopes;

/**
 * Registers the clients and users: demo accounts only when the {@code local} profile is active, everything else from
 * {@code platform.auth.*} (the environment). Secrets given in clear are hashed with bcrypt at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
public class AccountsConfiguration {

    static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

    @Bean
    PlatformAccounts platformAccounts(AccountProperties properties, Environment environment) {
        return PlatformAccounts.of(properties, environment.acceptsProfiles(Profiles.of("local")));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(PlatformAccounts accounts, AccountProperties properties,
            PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>(accounts.clients().stream()
                .map(client -> machineClient(client, encoder))
                .toList());
        if (!properties.dashboardRedirectUris().isEmpty()) {
            clients.add(browserClient(DemoAccounts.DASHBOARD_UI, PlatformScopes.DASHBOARD,
                    properties.dashboardRedirectUris()));
        }
        if (!properties.officerToolsRedirectUris().isEmpty()) {
            clients.add(browserClient(DemoAccounts.OFFICER_TOOLS, PlatformScopes.OFFICER,
                    properties.officerToolsRedirectUris()));
        }
        // InMemoryRegisteredClientRepository refuses an empty list; a server without clients simply issues nothing
        return clients.isEmpty() ? new NoRegisteredClients() : new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    UserDetailsService userDetailsService(PlatformAccounts accounts, PasswordEncoder encoder) {
        List<UserDetails> users = accounts.users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(encoded(user.password(), encoder))
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static RegisteredClient machineClient(PlatformClient client, PasswordEncoder encoder) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(client.id().getBytes()).toString())
                .clientId(client.id())
                .clientSecret(encoded(client.secret(), encoder))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build())
                .build();
    }

    /**
     * A public client of a page in the browser (PKCE, no secret) that may ask for its one scope: the dashboard's
     * tokens carry no more than it reads (DashboardScopeRoles), the officers' tools' every role of the person.
     */
    private static RegisteredClient browserClient(String clientId, String scope, List<String> redirectUris) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scope(scope)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build())
                .build();
    }

    private static String encoded(String secret, PasswordEncoder encoder) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("A configured client or user has no secret");
        }
        return secret.startsWith("{") ? secret : encoder.encode(secret);
    }
}
