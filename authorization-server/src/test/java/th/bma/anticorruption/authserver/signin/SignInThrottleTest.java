package th.bma.anticorruption.authserver.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.testkit.MutableClock;

/**
 * The throttle's three counts with its defaults (back-off after 5 failures per account and address, 20 per address,
 * 10 per account; 30 s doubling to 15 min; forgotten after an hour without a failure), on a clock the test moves.
 */
class SignInThrottleTest {

    private static final String OWNER_AT_HOME = "203.0.113.10";
    private static final String GUESSER = "198.51.100.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new ThrottleSettings(0, 0, 0, null, null, null, null), clock);

    @Test
    void guessingOneAccountFromOneAddressBacksOffDoublingUpToFifteenMinutes() {
        fail("user:director", GUESSER, 4);
        assertThat(throttle.check("user:director", GUESSER)).isEmpty();

        fail("user:director", GUESSER, 1);
        assertThat(throttle.check("user:director", GUESSER)).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.check("user:director", GUESSER)).isEmpty();

        fail("user:director", GUESSER, 1);
        assertThat(throttle.check("user:director", GUESSER)).contains(Duration.ofMinutes(1));
        fail("user:director", GUESSER, 10);
        assertThat(throttle.check("user:director", GUESSER)).contains(Duration.ofMinutes(15));
        // the same account in other letters is the same account
        assertThat(throttle.check("user:DIRECTOR", GUESSER)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theOwnerSigningInFromElsewhereIsNotLockedOutByTheGuesser() {
        fail("user:director", GUESSER, 9);

        assertThat(throttle.check("user:director", GUESSER)).isPresent();
        assertThat(throttle.check("user:director", OWNER_AT_HOME)).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsCountAtThatAddress() {
        fail("user:intake", OWNER_AT_HOME, 4);
        throttle.succeeded("user:intake", OWNER_AT_HOME);
        fail("user:intake", OWNER_AT_HOME, 4);

        assertThat(throttle.check("user:intake", OWNER_AT_HOME)).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        for (int account = 1; account <= 20; account++) {
            fail("user:officer-" + account, GUESSER, 1);
        }

        assertThat(throttle.check("user:officer-21", GUESSER)).contains(Duration.ofSeconds(30));
        assertThat(throttle.check("user:officer-21", OWNER_AT_HOME)).isEmpty();
    }

    @Test
    void aGuessSpreadOverManyAddressesClosesTheAccountOnlyToAddressesItHasNotSignedInFrom() {
        throttle.succeeded("user:pathumwan", OWNER_AT_HOME);
        for (int address = 1; address <= 10; address++) {
            fail("user:pathumwan", "198.51.100." + address, 1);
        }

        assertThat(throttle.check("user:pathumwan", "198.51.100.99")).contains(Duration.ofSeconds(30));
        assertThat(throttle.check("user:pathumwan", OWNER_AT_HOME)).isEmpty();
        assertThat(throttle.check("user:wg3", "198.51.100.99")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutOne() {
        fail("client:traffy-adapter", GUESSER, 12);
        assertThat(throttle.check("client:traffy-adapter", GUESSER)).contains(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(61));
        fail("client:traffy-adapter", GUESSER, 4);

        assertThat(throttle.check("client:traffy-adapter", GUESSER)).isEmpty();
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }
}
