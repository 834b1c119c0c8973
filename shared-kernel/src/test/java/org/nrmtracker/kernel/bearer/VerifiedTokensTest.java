package org.nrmtracker.kernel.bearer;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.eventstore.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token is verified once while it may be trusted, and verified again as soon as it may not. */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final List<String> verifications = new ArrayList<>();
    private final VerifiedTokens<Claims> tokens = new VerifiedTokens<>(Claims::expiresAt, clock);

    /** What the tests' verifier makes of a token "subject|expiry-in-seconds-from-START" ("-" for none). */
    record Claims(String subject, Instant expiresAt) {
    }

    private final Function<String, Claims> verifier = token -> {
        verifications.add(token);
        String[] parts = token.split("\\|");
        if (parts[0].equals("forged")) {
            throw new IllegalArgumentException("bad signature");
        }
        return new Claims(parts[0], parts[1].equals("-") ? null : START.plusSeconds(Long.parseLong(parts[1])));
    };

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsValid() {
        Claims first = tokens.verify("analyst|600", verifier);
        clock.advance(Duration.ofSeconds(30));
        Claims again = tokens.verify("analyst|600", verifier);

        assertThat(again).isSameAs(first).extracting(Claims::subject).isEqualTo("analyst");
        assertThat(verifications).containsExactly("analyst|600");
    }

    @Test
    void anotherTextIsVerifiedAfreshEvenIfItNamesTheSameSubject() {
        tokens.verify("analyst|600", verifier);
        tokens.verify("analyst|601", verifier);

        assertThat(verifications).containsExactly("analyst|600", "analyst|601");
    }

    @Test
    void aTokenThatFailsIsNeverKept() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.verify("forged|600", verifier)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(verifications).containsExactly("forged|600", "forged|600");
    }

    @Test
    void fromItsExpiryATokenIsVerifiedAgainEachTime() {
        tokens.verify("analyst|60", verifier);
        clock.advance(Duration.ofSeconds(59));
        tokens.verify("analyst|60", verifier);
        assertThat(verifications).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        tokens.verify("analyst|60", verifier);
        tokens.verify("analyst|60", verifier);
        assertThat(verifications).hasSize(3);
    }

    @Test
    void aLongLivedTokenOrOneWithoutExpiryIsVerifiedAgainAfterTheLongestKept() {
        tokens.verify("analyst|86400", verifier);
        tokens.verify("provider|-", verifier);
        clock.advance(VerifiedTokens.LONGEST_KEPT.minusSeconds(1));
        tokens.verify("analyst|86400", verifier);
        tokens.verify("provider|-", verifier);
        assertThat(verifications).hasSize(2);

        clock.advance(Duration.ofSeconds(1));
        tokens.verify("analyst|86400", verifier);
        tokens.verify("provider|-", verifier);
        assertThat(verifications).hasSize(4);
    }
}
