package th.bma.anticorruption.authserver.accounts;

import java.util.List;

/**
 * A person who signs in through the authorization-code flow (the dashboard): user name, password (clear or
 * {@code {id}}-prefixed encoded), roles and, for a scoped officer, the directory code of their unit or group.
 */
public record PlatformUser(String username, String password, List<String> roles, String unit) {

    public PlatformUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
