package org.nrmtracker.kernel.bearer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bearer tokens this application has already verified, so that a client sending the same token again is not
 * checked again: the signature check and the parsing of its claims were a third of the work of a timeline read.
 * <p>
 * A token is kept only once its verification succeeded, and by its exact text: any other text, one differing only
 * in its signature too, is verified afresh. It is kept until it expires or for {@link #LONGEST_KEPT}, whichever
 * is sooner, so that a key the issuer withdraws stops being trusted within that time (beside the time the verifier
 * itself may keep the issuer's keys). Its expiry is compared with the given clock, which should be the one the
 * verifier checks timestamps against.
 *
 * @param <T> what verification makes of a token
 */
public final class VerifiedTokens<T> {

    /** How long a verified token is trusted without being verified again, at most. */
    public static final Duration LONGEST_KEPT = Duration.ofMinutes(5);
    /** Enough for every client of a deployment; beyond it, tokens the cache evicts are verified again when next seen. */
    static final int MOST_KEPT = 1_000;

    private final Function<T, Instant> expiry;
    private final Clock clock;
    private final Cache<String, Verified<T>> verified = Caffeine.newBuilder()
            .maximumSize(MOST_KEPT)
            // housekeeping only: whether an entry may be used is decided by its own deadline, on the given clock
            .expireAfterWrite(LONGEST_KEPT)
            .build();

    /** @param expiry a verified token's expiry, or null when it has none */
    public VerifiedTokens(Function<T, Instant> expiry, Clock clock) {
        this.expiry = Objects.requireNonNull(expiry);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * What {@code verifier} made of this token when it last verified it, if that is still to be trusted; otherwise
     * verifies it now. Whatever the verifier throws reaches the caller, and nothing is kept.
     */
    public T verify(String token, Function<String, T> verifier) {
        Instant now = clock.instant();
        Verified<T> known = verified.getIfPresent(token);
        if (known != null && now.isBefore(known.until())) {
            return known.value();
        }
        T value = verifier.apply(token);
        Instant until = now.plus(LONGEST_KEPT);
        Instant expires = expiry.apply(value);
        if (expires != null && expires.isBefore(until)) {
            until = expires;
        }
        if (now.isBefore(until)) { // a token the verifier still accepts after its expiry (clock skew) is not kept
            verified.put(token, new Verified<>(value, until));
        }
        return value;
    }

    private record Verified<T>(T value, Instant until) {
    }
}
