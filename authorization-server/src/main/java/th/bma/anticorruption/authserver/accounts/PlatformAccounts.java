package th.bma.anticorruption.authserver.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every client and user this server knows, by id: the configured ones, plus the demo accounts in the local profile.
 * The token customizer reads roles and unit scopes from here.
 */
public final class PlatformAccounts {

    private final Map<String, PlatformClient> clients = new LinkedHashMap<>();
    private final Map<String, PlatformUser> users = new LinkedHashMap<>();

    public PlatformAccounts(List<PlatformClient> clients, List<PlatformUser> users) {
        clients.forEach(c -> {
            if (this.clients.putIfAbsent(c.id(), c) != null) {
                throw new IllegalStateException("Client " + c.id() + " is configured twice");
            }
        });
        users.forEach(u -> {
            if (this.users.putIfAbsent(u.username(), u) != null) {
                throw new IllegalStateException("User " + u.username() + " is configured twice");
            }
        });
    }

    public static PlatformAccounts of(AccountProperties configured, boolean withDemoAccounts) {
        List<PlatformClient> clients = new ArrayList<>(configured.clients());
        List<PlatformUser> users = new ArrayList<>(configured.users());
        if (withDemoAccounts) {
            clients.addAll(DemoAccounts.clients());
            users.addAll(DemoAccounts.users());
        }
        return new PlatformAccounts(clients, users);
    }

    public List<PlatformClient> clients() {
        return List.copyOf(clients.values());
    }

    public List<PlatformUser> users() {
        return List.copyOf(users.values());
    }

    public Optional<PlatformClient> client(String id) {
        return Optional.ofNullable(clients.get(id));
    }

    public Optional<PlatformUser> user(String username) {
        return Optional.ofNullable(users.get(username));
    }
}
