package org.nrmtracker.command.eventstore;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.integrity.AuditedEvent;
import org.nrmtracker.kernel.integrity.HashChain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/** What a referral's requests leave in MongoDB: a per-referral SHA-256 chain an auditor can re-derive (§6.2). */
@RunningCommandSide
class StoredHashChainTest extends WriteApiTest {

    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate SUPPORT_ENDED_ON = REFERRED_ON.plusDays(20);
    private static final List<String> CONTRACT_TYPES = List.of("REFERRED", "REASONABLE_GROUNDS_DECISION", "SUPPORT_ENDED");
    /** No authentication yet (docs/api.md §8), so every event is recorded by this name. */
    private static final String RECORDED_BY = WriteApi.PROVIDER;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyStoredHashIsTheHashOfItsEventChainedToThePreviousOne() {
        UUID referralId = recordThreeEvents();

        List<StoredEvent> stream = streams.of(referralId);

        assertThat(stream).extracting(StoredEvent::sequence).containsExactly(0L, 1L, 2L);
        String previousHash = HashChain.GENESIS;
        for (StoredEvent event : stream) {
            String type = CONTRACT_TYPES.get((int) event.sequence());
            String expected = HashChain.link(previousHash, new AuditedEvent(referralId.toString(), event.sequence(),
                    type, event.payload(), event.recordedAt(), RECORDED_BY));
            assertThat(event.previousHash()).as("previous hash of event %d", event.sequence()).isEqualTo(previousHash);
            assertThat(event.hash()).as("hash of event %d", event.sequence()).isEqualTo(expected);
            previousHash = event.hash();
        }
    }

    @Test
    void theFirstEventLinksToTheGenesisHash() {
        UUID referralId = recordThreeEvents();

        assertThat(streams.of(referralId).get(0).previousHash()).isEqualTo(HashChain.GENESIS).hasSize(64);
    }

    @Test
    void eachEventIsStoredWithWhoRecordedItAndTheTimeTheApiAnswered() {
        UUID referralId = UUID.randomUUID();
        HttpAnswer referred = api.post(REFERRALS, referral(referralId).toString());
        HttpAnswer decided = api.post(eventsOf(referralId), reasonableGrounds(RG_DECIDED_ON, "POSITIVE").toString());

        List<StoredEvent> stream = streams.of(referralId);

        assertThat(stream).extracting(StoredEvent::recordedBy).containsOnly(RECORDED_BY);
        assertThat(stream).extracting(StoredEvent::recordedAt).containsExactly(
                referred.json().get("recordedAt").asString(), decided.json().get("recordedAt").asString());
    }

    @Test
    void theReferralsPayloadHoldsTheReferralAsPostedWithItsId() {
        UUID referralId = recordThreeEvents();

        JsonNode payload = JSON.readTree(streams.of(referralId).get(0).payload());

        assertThat(payload.get("referralId").asString()).isEqualTo(referralId.toString());
        assertThat(payload.get("referredOn").asString()).isEqualTo(REFERRED_ON.toString());
        assertThat(payload.get("jurisdiction").asString()).isEqualTo("ENGLAND_AND_WALES");
        assertThat(payload.at("/firstResponder/type").asString()).isEqualTo("POLICE");
        assertThat(payload.at("/firstResponder/organisation").asString()).isEqualTo("Example Constabulary");
        // docs/personal-data.md: the reference is stored only sealed with the referral's key
        assertThat(payload.at("/survivor/subjectRef").asString()).startsWith("sealed:v1:").doesNotContain(SUBJECT_REF);
        assertThat(payload.at("/survivor/ageAtExploitation").asString()).isEqualTo("ADULT");
        assertThat(payload.at("/survivor/gender").asString()).isEqualTo("FEMALE");
        assertThat(payload.at("/survivor/nationalities").valueStream().map(JsonNode::asString)).containsExactly("ALB");
        assertThat(payload.at("/exploitation/types").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("LABOUR", "CRIMINAL");
        assertThat(payload.at("/exploitation/location").asString()).isEqualTo("UK");
        assertThat(payload.at("/exploitation/countyLines").isBoolean()).isTrue();
        assertThat(payload.at("/exploitation/countyLines").asBoolean()).isFalse();
    }

    @Test
    void aDecisionsPayloadHoldsItsFields() {
        UUID referralId = recordThreeEvents();

        JsonNode payload = JSON.readTree(streams.of(referralId).get(1).payload());

        assertThat(payload.get("decidedOn").asString()).isEqualTo(RG_DECIDED_ON.toString());
        assertThat(payload.get("outcome").asString()).isEqualTo("POSITIVE");
    }

    /** A referral, its positive RG decision (which opens the recovery period) and the end of that support. */
    private UUID recordThreeEvents() {
        UUID referralId = UUID.randomUUID();
        List<HttpAnswer> answers = List.of(
                api.post(REFERRALS, referral(referralId).toString()),
                api.post(eventsOf(referralId), reasonableGrounds(RG_DECIDED_ON, "POSITIVE").toString()),
                api.post(eventsOf(referralId), supportEnded(SUPPORT_ENDED_ON, "MOVED_ON").toString()));
        assertThat(answers).extracting(HttpAnswer::status).containsOnly(201);
        return referralId;
    }
}
