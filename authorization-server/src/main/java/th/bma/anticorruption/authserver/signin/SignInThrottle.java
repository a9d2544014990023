package th.bma.anticorruption.authserver.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Failed attempts to prove an identity (a person's password, a client's secret), counted three ways, each with a
 * back-off that starts at a threshold and doubles with every further failure up to a ceiling:
 * <ul>
 * <li>per account and address: someone guessing one account's password from one place;</li>
 * <li>per address: one place trying many accounts (password spraying);</li>
 * <li>per account, from any address: a guess spread over many places. This one holds only for addresses the account
 * has not signed in from lately, so that whoever guesses from elsewhere cannot lock the owner out of the places they
 * sign in from.</li>
 * </ul>
 * While a back-off runs the attempt is refused without checking the password, so it tells nothing. A success clears
 * the account's count at that address. Unknown accounts are counted like known ones (no answer tells them apart).
 * Counts are forgotten after {@link ThrottleSettings#forgetAfter()} without a failure; all keys live in bounded
 * in-memory caches, and addresses are never logged.
 */
public final class SignInThrottle {

    private static final int MAX_KEYS = 100_000;

    private final ThrottleSettings settings;
    private final Clock clock;
    private final Cache<String, Failures> perPair;
    private final Cache<String, Failures> perAddress;
    private final Cache<String, Failures> perAccount;
    private final Cache<String, Boolean> knownAddresses;

    public SignInThrottle(ThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.perPair = counts(ticker);
        this.perAddress = counts(ticker);
        this.perAccount = counts(ticker);
        this.knownAddresses = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_KEYS)
                .expireAfterWrite(settings.knownAddressFor()).build();
    }

    /** Empty when the attempt may go ahead, otherwise how long until it may. */
    public Optional<Duration> check(String account, String address) {
        String who = normalised(account);
        Instant now = clock.instant();
        Stream<Duration> waits = Stream.of(
                wait(perPair.getIfPresent(pair(who, address)), settings.perAccountAndAddress(), now),
                wait(perAddress.getIfPresent(address), settings.perAddress(), now),
                knownAddresses.getIfPresent(pair(who, address)) != null ? Duration.ZERO
                        : wait(perAccount.getIfPresent(who), settings.perAccount(), now));
        return waits.filter(wait -> wait.compareTo(Duration.ZERO) > 0).max(Duration::compareTo);
    }

    public void failed(String account, String address) {
        String who = normalised(account);
        Instant now = clock.instant();
        perPair.asMap().merge(pair(who, address), Failures.first(now), (old, ignored) -> old.another(now));
        perAddress.asMap().merge(address, Failures.first(now), (old, ignored) -> old.another(now));
        perAccount.asMap().merge(who, Failures.first(now), (old, ignored) -> old.another(now));
    }

    public void succeeded(String account, String address) {
        String pair = pair(normalised(account), address);
        perPair.invalidate(pair);
        knownAddresses.put(pair, Boolean.TRUE);
    }

    private Duration wait(Failures failures, int threshold, Instant now) {
        if (failures == null || failures.count() < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - threshold, 20);
        Duration backOff = settings.firstBackOff().multipliedBy(1L << doublings);
        if (backOff.compareTo(settings.longestBackOff()) > 0) {
            backOff = settings.longestBackOff();
        }
        return Duration.between(now, failures.last().plus(backOff));
    }

    private Cache<String, Failures> counts(Ticker ticker) {
        return Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_KEYS).expireAfterWrite(settings.forgetAfter())
                .build();
    }

    private static String pair(String account, String address) {
        return account + '\n' + address;
    }

    // user names are not case-sensitive here (the user store lower-cases them): one count per account however spelt
    private static String normalised(String account) {
        return account.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {

        static Failures first(Instant at) {
            return new Failures(1, at);
        }

        Failures another(Instant at) {
            return new Failures(count + 1, at);
        }
    }
}
