package th.bma.anticorruption.authserver.accounts;

import java.util.List;

/**
 * A machine client allowed the client-credentials grant: its id, its secret (clear, or already encoded with a
 * {@code {id}} prefix such as {@code {bcrypt}}), the platform roles it acts in, for a scoped officer the directory
 * code of its unit or working group, and for a channel adapter the one channel it pushes ({@code TRAFFY_FONDUE},
 * {@code HOTLINE_1555}); {@code null} where they do not apply.
 */
public record PlatformClient(String id, String secret, List<String> roles, String unit, String channel) {

    public PlatformClient {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
