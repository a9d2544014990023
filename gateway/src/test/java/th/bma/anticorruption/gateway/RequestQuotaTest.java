package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.gateway.limits.RequestQuota;

class RequestQuotaTest {

    @Test
    void grantsThePermitsOfAWindowThenSaysHowLongToWait() {
        RequestQuota quota = new RequestQuota(3, Duration.ofMinutes(10), 1000);

        assertThat(quota.take("203.0.113.7")).isEmpty();
        assertThat(quota.take("203.0.113.7")).isEmpty();
        assertThat(quota.take("203.0.113.7")).isEmpty();
        Optional<Duration> wait = quota.take("203.0.113.7");

        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10)));
    }

    @Test
    void eachKeyHasItsOwnQuota() {
        RequestQuota quota = new RequestQuota(1, Duration.ofMinutes(10), 1000);

        assertThat(quota.take("traffy-adapter")).isEmpty();
        assertThat(quota.take("traffy-adapter")).isPresent();
        assertThat(quota.take("hotline-adapter")).isEmpty();
    }

    @Test
    void aFloodOfNewKeysDoesNotForgetAKeyThatIsLockedOut() {
        RequestQuota quota = new RequestQuota(1, Duration.ofMinutes(10), 10);
        quota.take("guesser");

        for (int i = 0; i < 100; i++) {
            quota.take("passer-by-" + i);
        }

        assertThat(quota.take("guesser")).isPresent();
    }
}
