package org.nrmtracker.command.idempotency;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.Tokens;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.WriteApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.referralWithoutId;
import static org.nrmtracker.command.ReferralJson.withdrawn;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.WriteApi.JSON;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/** The {@code Idempotency-Key} header on every POST (docs/api.md §1). */
@RunningCommandSide
class IdempotencyKeyApiTest extends WriteApiTest {

    private static final LocalDate DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final int LONGEST_KEY = 255;

    @Test
    void aReferralSentTwiceWithOneKeyIsMadeOnce() {
        String key = newKey();
        HttpAnswer first = api.post(REFERRALS, referralWithoutId().toString(), IDEMPOTENCY_KEY, key);
        String referralId = first.json().get("referralId").asString();

        HttpAnswer again = streams.recordNothing(referralId,
                () -> api.post(REFERRALS, referralWithoutId().toString(), IDEMPOTENCY_KEY, key));

        assertThat(first.status()).isEqualTo(201);
        assertSameAnswer(again, first);
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
    }

    @Test
    void anEventSentTwiceWithOneKeyGetsTheFirstAnswerAgain() {
        UUID referralId = api.newReferral();
        String key = newKey();
        String event = reasonableGrounds(DECIDED_ON, "POSITIVE").toString();
        HttpAnswer first = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);

        HttpAnswer again = streams.recordNothing(referralId,
                () -> api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key));

        assertThat(first.status()).isEqualTo(201);
        assertSameAnswer(again, first);
        assertThat(again.json().get("sequence").asLong()).isEqualTo(1);
    }

    @Test
    void aRefusalIsRepeatedForItsKey() {
        UUID referralId = api.newReferral();
        String key = newKey();
        String conflicting = conclusiveGrounds(DECIDED_ON, "POSITIVE").toString(); // no RG decision yet
        HttpAnswer first = api.post(eventsOf(referralId), conflicting, IDEMPOTENCY_KEY, key);

        HttpAnswer again = streams.recordNothing(referralId,
                () -> api.post(eventsOf(referralId), conflicting, IDEMPOTENCY_KEY, key));

        assertProblem(first, 409);
        assertSameAnswer(again, first);
    }

    @Test
    void aKeyUsedAgainForAnotherBodyIsUnprocessable() {
        UUID referralId = api.newReferral();
        String key = newKey();
        api.post(eventsOf(referralId), reasonableGrounds(DECIDED_ON, "POSITIVE").toString(), IDEMPOTENCY_KEY, key);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId),
                reasonableGrounds(DECIDED_ON, "NEGATIVE").toString(), IDEMPOTENCY_KEY, key));

        JsonNode problem = assertProblem(answer, 422, key);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:idempotency-key-reused");
    }

    @Test
    void aKeyUsedAgainOnAnotherReferralIsUnprocessable() {
        UUID first = api.newReferral();
        UUID second = api.newReferral();
        String key = newKey();
        String event = withdrawn(DECIDED_ON).toString();
        api.post(eventsOf(first), event, IDEMPOTENCY_KEY, key);

        HttpAnswer answer = streams.recordNothing(second, () -> api.post(eventsOf(second), event, IDEMPOTENCY_KEY, key));

        assertProblem(answer, 422);
    }

    @Test
    void aKeyOf255CharactersIsAccepted() {
        String key = "k".repeat(LONGEST_KEY);

        HttpAnswer answer = api.post(REFERRALS, referralWithoutId().toString(), IDEMPOTENCY_KEY, key);

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void aKeyOf256CharactersIsRefused() {
        UUID referralId = UUID.randomUUID();
        String key = "k".repeat(LONGEST_KEY + 1);

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(REFERRALS, referral(referralId).toString(), IDEMPOTENCY_KEY, key));

        assertProblem(answer, 400, key);
    }

    @Test
    void anEmptyKeyIsRefused() {
        UUID referralId = UUID.randomUUID();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(REFERRALS, referral(referralId).toString(), IDEMPOTENCY_KEY, ""));

        assertProblem(answer, 400);
    }

    @Test
    void aKeyWithAControlCharacterIsRefused() {
        UUID referralId = UUID.randomUUID();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(REFERRALS, referral(referralId).toString(), IDEMPOTENCY_KEY, "key\twith-tab"));

        assertProblem(answer, 400);
    }

    @Test
    void aKeyWithANonAsciiCharacterIsRefused() throws IOException {
        // java.net.http sends '?' for a non-ASCII header character, so this request goes over a raw socket
        UUID referralId = UUID.randomUUID();
        byte[] body = referral(referralId).toString().getBytes(StandardCharsets.UTF_8);
        int length = streams.lengthOf(referralId);

        String answer = rawPost(REFERRALS, "cl\u00e9-" + newKey(), body);

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(streams.lengthOf(referralId)).isEqualTo(length);
    }

    @Test
    void aBodyTooLargeDoesNotUseUpItsKey() {
        UUID referralId = api.newReferral();
        String key = newKey();
        ObjectNode event = withdrawn(DECIDED_ON);
        byte[] tooLarge = (event.toString().replace("}", "") + " ".repeat(70_000) + "}").getBytes(StandardCharsets.UTF_8);

        HttpAnswer refused = streams.recordNothing(referralId,
                () -> api.postChunked(eventsOf(referralId), tooLarge, JSON, IDEMPOTENCY_KEY, key));
        HttpAnswer accepted = api.post(eventsOf(referralId), event.toString(), IDEMPOTENCY_KEY, key);

        assertProblem(refused, 413);
        assertThat(accepted.status()).isEqualTo(201);
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    private static void assertSameAnswer(HttpAnswer again, HttpAnswer first) {
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    }

    /** One POST written byte by byte, the key's characters as UTF-8; returns the whole answer as text. */
    private String rawPost(String path, String key, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + Tokens.of(port, WriteApi.PROVIDER) + "\r\n"
                    + "Content-Type: " + JSON + "\r\nContent-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes((IDEMPOTENCY_KEY + ": " + key + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            request.writeBytes(body);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
