package th.bma.anticorruption.authserver.accounts;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Clients and users given by configuration ({@code platform.auth.*}), i.e. by the environment outside the local run,
 * e.g. {@code PLATFORM_AUTH_CLIENTS_0_ID}, {@code PLATFORM_AUTH_CLIENTS_0_SECRET}, {@code PLATFORM_AUTH_CLIENTS_0_ROLES}.
 * {@code dashboardRedirectUris} registers the public {@code dashboard-ui} client (PKCE) when not empty, and
 * {@code officerToolsRedirectUris} the public {@code officer-tools} client (PKCE) of the officers' own tools.
 */
@ConfigurationProperties("platform.auth")
public record AccountProperties(List<PlatformClient> clients, List<PlatformUser> users,
        List<String> dashboardRedirectUris, List<String> officerToolsRedirectUris) {

    public AccountProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
        users = users == null ? List.of() : List.copyOf(users);
        dashboardRedirectUris = dashboardRedirectUris == null ? List.of() : List.copyOf(dashboardRedirectUris);
        officerToolsRedirectUris = officerToolsRedirectUris == null ? List.of() : List.copyOf(officerToolsRedirectUris);
    }
}
