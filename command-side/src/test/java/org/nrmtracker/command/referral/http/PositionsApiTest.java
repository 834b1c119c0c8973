package org.nrmtracker.command.referral.http;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.eventstore.StoredEvent;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.supportStarted;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * Write answers carry the global stream position of the event they recorded (docs/api.md §1, §3): the one the
 * store gave it, for a re-sent event the original's, for a replayed answer the first answer's.
 */
@RunningCommandSide
class PositionsApiTest extends WriteApiTest {

    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);

    @Test
    void aReferralsAnswerGivesThePositionItsEventWasStoredAt() {
        UUID referralId = UUID.randomUUID();

        HttpAnswer made = api.post(REFERRALS, referral(referralId).toString());

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().get("position").asLong()).isEqualTo(stored(referralId, 0).globalIndex());
    }

    @Test
    void eachEventsAnswerGivesItsOwnPositionAndLaterEventsHigherOnes() {
        UUID referralId = api.newReferral();
        api.newReferral(); // another stream in between

        HttpAnswer started = api.post(eventsOf(referralId), supportStarted(REFERRED_ON, "OUTREACH").toString());
        HttpAnswer decided = api.post(eventsOf(referralId), reasonableGrounds(RG_DECIDED_ON, "POSITIVE").toString());

        assertThat(started.json().get("position").asLong()).isEqualTo(stored(referralId, 1).globalIndex());
        assertThat(decided.json().get("position").asLong()).isEqualTo(stored(referralId, 2).globalIndex())
                .isGreaterThan(started.json().get("position").asLong());
    }

    @Test
    void anEventSentAgainIsAnsweredWithTheOriginalsPosition() {
        UUID referralId = api.newReferral();
        HttpAnswer first = api.post(eventsOf(referralId), reasonableGrounds(RG_DECIDED_ON, "POSITIVE").toString());
        api.newReferral(); // the store moves on

        HttpAnswer again = api.post(eventsOf(referralId), reasonableGrounds(RG_DECIDED_ON, "POSITIVE").toString());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("position").asLong()).isEqualTo(first.json().get("position").asLong())
                .isEqualTo(stored(referralId, 1).globalIndex());
    }

    @Test
    void aReplayedAnswerCarriesTheFirstAnswersPosition() {
        UUID referralId = api.newReferral();
        String key = "key-" + UUID.randomUUID();
        String event = supportStarted(REFERRED_ON, "OUTREACH").toString();
        HttpAnswer first = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);
        api.newReferral();

        HttpAnswer replayed = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);

        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.json().get("position").asLong()).isEqualTo(first.json().get("position").asLong())
                .isEqualTo(stored(referralId, 1).globalIndex());
    }

    @Test
    void anImportAnswersTheHighestPositionOfTheLinesItAcceptedAndNullWhenNone() {
        UUID referralId = UUID.randomUUID();
        String lines = referralLine(referralId) + "\n" + eventLine(referralId) + "\n";

        HttpAnswer imported = api.importHistory(lines);
        HttpAnswer again = api.importHistory(lines);

        assertThat(imported.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(imported.json().get("position").asLong()).isEqualTo(stored(referralId, 1).globalIndex());
        assertThat(again.json().get("duplicates").asLong()).isEqualTo(2);
        assertThat(again.json().get("position").isNull()).as("nothing accepted, nothing to wait for").isTrue();
    }

    private StoredEvent stored(UUID referralId, long sequence) {
        return streams.of(referralId).stream().filter(event -> event.sequence() == sequence).findFirst()
                .orElseThrow();
    }

    private static String referralLine(UUID referralId) {
        return referral(referralId).put("type", "REFERRED").toString();
    }

    private static String eventLine(UUID referralId) {
        return supportStarted(REFERRED_ON, "OUTREACH").put("referralId", referralId.toString()).toString();
    }
}
