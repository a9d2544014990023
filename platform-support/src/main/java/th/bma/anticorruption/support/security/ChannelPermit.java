package th.bma.anticorruption.support.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * A channel adapter pushes only its own channel: the token's {@value PlatformRoles#CHANNEL_CLAIM} claim must name
 * the channel of the endpoint. A token without the claim pushes nothing, so a client registered without a channel
 * fails closed. Refused with 403 problem+json naming the rule.
 */
public final class ChannelPermit {

    public static final String RULE = "own-channel";

    private ChannelPermit() {
    }

    /** Throws unless the caller's token names {@code channel}. */
    public static void require(Authentication authentication, String channel) {
        String claimed = authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                ? jwt.getClaimAsString(PlatformRoles.CHANNEL_CLAIM) : null;
        if (!channel.equals(claimed)) {
            throw new RequestRejectedException(HttpStatus.FORBIDDEN,
                    "This client may not push records of the " + channel + " channel.",
                    List.of(new FieldViolation(PlatformRoles.CHANNEL_CLAIM, RULE,
                            "A channel adapter pushes only its own channel; the token's channel claim must be "
                                    + channel + ".")));
        }
    }
}
