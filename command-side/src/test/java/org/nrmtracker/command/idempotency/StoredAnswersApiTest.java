package org.nrmtracker.command.idempotency;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.WriteApi.REFERRALS;

/** An idempotency key's answer is stored sealed, never in clear, and still answered again (docs/personal-data.md). */
@RunningCommandSide
class StoredAnswersApiTest extends WriteApiTest {

    @Test
    void theStoredAnswerIsSealedAndTheRetryGetsItInClear() {
        UUID referralId = UUID.randomUUID();
        String key = "stored-answer-" + referralId;
        HttpAnswer first = api.post(REFERRALS, referral(referralId).toString(), IDEMPOTENCY_KEY, key);

        Document stored = database.getCollection("idempotency_keys")
                .find(eq("_id", Fingerprints.sha256("demo-provider\n" + key))).first();

        assertThat(stored).isNotNull();
        Document body = stored.get("body", Document.class);
        assertThat(body.toJson()).doesNotContain(referralId.toString()).doesNotContain("recordedAt");
        assertThat(body.getString("masterKey")).isNotBlank();
        assertThat(new String(body.get("sealed", Binary.class).getData(), StandardCharsets.ISO_8859_1))
                .doesNotContain(referralId.toString());
        HttpAnswer again = api.post(REFERRALS, referral(referralId).toString(), IDEMPOTENCY_KEY, key);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
    }
}
