package org.nrmtracker.command.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertInvalidField;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.SECRET_SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.WriteApi.JSON;
import static org.nrmtracker.command.WriteApi.NDJSON;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * Hostile bodies of issue 5, one by one, on each write endpoint (docs/api.md §1): every one a clean 4xx problem
 * that repeats nothing of the body and records nothing; on the import, a counted 4xx line that records nothing.
 * What {@code RejectedRequestApiTest}, {@code HistoryImportApiTest} and {@code ImportBodyLimitApiTest} already
 * show (body size limit, unknown fields by name, simple wrong types, {@code 2024-02-30}, Latin-1, 415 for
 * {@code text/plain}) is not repeated here.
 */
@RunningCommandSide
class HostileInputApiTest extends WriteApiTest {

    private static final String RAW = "@@raw@@";
    private static final int DEPTH = 10_000;
    private static final String DEEP_ARRAYS = "[".repeat(DEPTH) + "]".repeat(DEPTH);
    private static final String DEEP_OBJECTS = "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH);
    private static final String MARKER = HostileBodies.MARKER;

    @TestFactory
    Stream<DynamicTest> hostileReferralsAreCleanProblemsThatRecordNothing() {
        return Stream.of(
                refused("10,000 nested arrays", splice("survivor", "nationalities", DEEP_ARRAYS), 400),
                refused("10,000 nested objects", splice("", "firstResponder", DEEP_OBJECTS), 400),
                refused("a body of 10,000 nested arrays", DEEP_ARRAYS.getBytes(StandardCharsets.US_ASCII), 400),
                refused("a huge array", splice("survivor", "nationalities", hugeArray(10_000)), 400),
                refused("a very long string", splice("firstResponder", "organisation",
                        "\"" + MARKER + "x".repeat(60_000) + "\""), 400),
                refused("a value of the wrong type", splice("", "jurisdiction", "[\"SCOTLAND\"]"), 400),
                refused("a control character escaped in a string", splice("survivor", "subjectRef",
                        "\"" + SECRET_SUBJECT_REF + "\\u0007\""), 400),
                refused("a lone surrogate escaped in a string", splice("firstResponder", "organisation",
                        "\"" + MARKER + "\\ud800\""), 400),
                refused("a raw control character in a string", splice("survivor", "subjectRef",
                        "\"" + SECRET_SUBJECT_REF + "\u0001\""), 400),
                refused("a raw NUL between tokens", splice("", "jurisdiction", "\u0000\"SCOTLAND\""), 400),
                refused("an overlong UTF-8 sequence", withBytes(0xC0, 0xAF), 400),
                refused("a surrogate encoded as UTF-8", withBytes(0xED, 0xA0, 0x80), 400),
                refused("a byte that is never UTF-8", withBytes(0xFF), 400),
                refused("the date 0000-00-00", splice("", "referredOn", "\"0000-00-00\""), 400),
                refused("the date 2024-02-30", splice("", "referredOn", "\"2024-02-30\""), 400),
                refused("the date +999999-01-01", splice("", "referredOn", "\"+999999-01-01\""), 422),
                refused("the date -000001-01-01", splice("", "referredOn", "\"-000001-01-01\""), 422),
                refused("the last date there is", splice("", "referredOn", "\"+999999999-12-31\""), 422),
                refused("a date past the last one", splice("", "referredOn", "\"+1000000000-01-01\""), 400),
                refused("the number 1e999999 as a date", splice("", "referredOn", "1e999999"), 400),
                refused("the number 1e999999 as a boolean", splice("exploitation", "countyLines", "1e999999"), 400),
                refused("a number of 2,000 digits", splice("exploitation", "countyLines", "1" + "0".repeat(2_000)), 400),
                refused("a duplicate key", splice("", "jurisdiction", "\"SCOTLAND\",\"jurisdiction\":\"SCOTLAND\""), 400),
                refused("an empty body", new byte[0], 400),
                refused("a body of blanks", " \r\n\t ".getBytes(StandardCharsets.US_ASCII), 400),
                refused("two JSON values", (referralBody() + "{}").getBytes(StandardCharsets.UTF_8), 400)
        ).map(c -> DynamicTest.dynamicTest(c.name, () -> {
            UUID referralId = UUID.randomUUID();
            byte[] body = c.withId(referralId);
            HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body, JSON));
            assertProblem(answer, c.status, SECRET_SUBJECT_REF, MARKER);
        }));
    }

    @TestFactory
    Stream<DynamicTest> hostileEventsAreCleanProblemsThatRecordNothing() {
        return Stream.of(
                refused("10,000 nested arrays", event("decidedOn", DEEP_ARRAYS), 400),
                refused("10,000 nested objects", event("outcome", DEEP_OBJECTS), 400),
                refused("a huge array", event("outcome", hugeArray(10_000)), 400),
                refused("a very long string", event("outcome", "\"" + MARKER + "x".repeat(60_000) + "\""), 400),
                refused("a raw control character in a string", event("outcome", "\"POSITIVE\u0001\""), 400),
                refused("an invalid UTF-8 byte", (reasonableGrounds(REFERRED_ON, "POSITIVE").toString() + "\u00ff")
                        .getBytes(StandardCharsets.ISO_8859_1), 400),
                refused("the date 0000-00-00", event("decidedOn", "\"0000-00-00\""), 400),
                refused("the date +999999-01-01", event("decidedOn", "\"+999999-01-01\""), 422),
                refused("the date -000001-01-01", event("decidedOn", "\"-000001-01-01\""), 422),
                refused("the number 1e999999 as a date", event("decidedOn", "1e999999"), 400),
                refused("a duplicate type", ("{\"type\":\"WITHDRAWN\"," + reasonableGrounds(REFERRED_ON, "POSITIVE")
                        .toString().substring(1)).getBytes(StandardCharsets.UTF_8), 400),
                refused("a duplicate date", event("decidedOn", "\"" + REFERRED_ON + "\",\"decidedOn\":\""
                        + REFERRED_ON + "\""), 400),
                refused("an empty body", new byte[0], 400)
        ).map(c -> DynamicTest.dynamicTest(c.name, () -> {
            UUID referralId = api.newReferral();
            HttpAnswer answer = streams.recordNothing(referralId,
                    () -> api.post(eventsOf(referralId), c.body, JSON));
            assertProblem(answer, c.status, SECRET_SUBJECT_REF, MARKER);
        }));
    }

    @Test
    void anUnknownFieldIsNamedOnlyWhenItsNameLooksLikeAFieldName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, "POSITIVE").put(SECRET_SUBJECT_REF + " \u001b[31m", 1);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "(unknown field)", SECRET_SUBJECT_REF, "\\u001B", "[31m");
    }

    @Test
    void aControlCharacterInTheSubjectRefIsRefusedByName() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        ((ObjectNode) body.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF + "\r\n");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "survivor.subjectRef", SECRET_SUBJECT_REF);
    }

    @Test
    void anEmptyStringIsNoReferralId() {
        ObjectNode body = referral(UUID.randomUUID()).put("referralId", "");
        long commits = streams.commits();

        HttpAnswer answer = api.post(REFERRALS, body.toString());

        assertInvalidField(answer, "referralId");
        assertThat(streams.commits()).isEqualTo(commits);
    }

    @Test
    void aSubjectRefWithAnEmojiIsStillText() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        ((ObjectNode) body.get("survivor")).put("subjectRef", "case-\ud83d\ude00-0042");

        HttpAnswer answer = api.post(REFERRALS, body.toString());

        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    }

    /** RFC 8259 §8.1 lets a parser ignore a byte order mark before the text; tools on Windows still write one. */
    @Test
    void aByteOrderMarkBeforeTheBodyIsIgnoredButNotWithin() {
        UUID referralId = UUID.randomUUID();
        byte[] valid = referral(referralId).toString().getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        UUID other = UUID.randomUUID();
        String text = referral(other).toString();

        HttpAnswer before = api.post(REFERRALS, concat(bom, valid), JSON);
        HttpAnswer within = streams.recordNothing(other, () -> api.post(REFERRALS,
                (text.substring(0, 1) + "\ufeff" + text.substring(1))
                        .getBytes(StandardCharsets.UTF_8), JSON));

        assertThat(before.status()).as("%s", before).isEqualTo(201);
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
        assertProblem(within, 400);
    }

    @Test
    void aByteOrderMarkBeforeAHistoryIsIgnored() {
        UUID referralId = UUID.randomUUID();
        byte[] line = (referral(referralId).put("type", "REFERRED") + "\n").getBytes(StandardCharsets.UTF_8);

        HttpAnswer answer = api.importHistory(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, line), NDJSON);

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.json().get("accepted").asLong()).as("%s", answer).isEqualTo(1);
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> aBodyOfAnotherMediaTypeIsUnsupportedOnEveryEndpoint() {
        List<String> types = List.of("text/plain", "multipart/form-data", "application/x-www-form-urlencoded",
                "application/xml", "application/json; charset=nonsense");
        return types.stream().flatMap(type -> Stream.of(
                DynamicTest.dynamicTest(type + " to the referrals", () -> {
                    UUID referralId = UUID.randomUUID();
                    byte[] body = referral(referralId).toString().getBytes(StandardCharsets.UTF_8);
                    HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body, type));
                    assertUnsupported(answer);
                }),
                DynamicTest.dynamicTest(type + " to the events", () -> {
                    UUID referralId = api.newReferral();
                    byte[] body = reasonableGrounds(REFERRED_ON, "POSITIVE").toString().getBytes(StandardCharsets.UTF_8);
                    HttpAnswer answer = streams.recordNothing(referralId,
                            () -> api.post(eventsOf(referralId), body, type));
                    assertUnsupported(answer);
                }),
                DynamicTest.dynamicTest(type + " to the import", () -> {
                    UUID referralId = UUID.randomUUID();
                    byte[] body = (referral(referralId).put("type", "REFERRED") + "\n").getBytes(StandardCharsets.UTF_8);
                    HttpAnswer answer = streams.recordNothing(referralId, () -> api.importHistory(body, type));
                    assertUnsupported(answer);
                })));
    }

    @Test
    void hostileImportLinesAreCountedAndRecordNothing() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<byte[]> lines = List.of(
                line(DEEP_ARRAYS),
                line(DEEP_OBJECTS),
                referredLine("survivor", "nationalities", DEEP_ARRAYS),
                referredLine("survivor", "nationalities", hugeArray(5_000)),
                referredLine("firstResponder", "organisation", "\"" + MARKER + "x".repeat(60_000) + "\""),
                referredLine("firstResponder", "organisation", "\"" + MARKER + "\\ud800\""),
                referredLine("survivor", "subjectRef", "\"" + SECRET_SUBJECT_REF + "\\u0000\""),
                referredLine("survivor", "subjectRef", "\"" + SECRET_SUBJECT_REF + "\u0001\""),
                referredLine("", "referralId", "\"\""),
                referredLine("", "referredOn", "\"0000-00-00\""),
                referredLine("", "referredOn", "\"2024-02-30\""),
                referredLine("", "referredOn", "\"+999999-01-01\""),
                referredLine("", "referredOn", "\"-000001-01-01\""),
                referredLine("", "referredOn", "1e999999"),
                referredLine("", "jurisdiction", "\"SCOTLAND\",\"jurisdiction\":\"SCOTLAND\""),
                referredLine("", MARKER + "\u001b", "1"),
                concat(referredLine("", "referredOn", "\"" + REFERRED_ON + "\""), new byte[]{(byte) 0xC0, (byte) 0xAF}),
                concat(new byte[]{0}, referredLine("", "referredOn", "\"" + REFERRED_ON + "\"")));
        List<Integer> expected = List.of(400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 422, 422, 400,
                400, 400, 400, 400);
        lines.forEach(line -> {
            file.writeBytes(line);
            file.write('\n');
        });
        long commits = streams.commits();

        HttpAnswer answer = api.importHistory(file.toByteArray(), NDJSON);

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(SECRET_SUBJECT_REF, MARKER, "Exception", "java.", "org.");
        JsonNode summary = answer.json();
        assertThat(summary.get("accepted").asLong()).as("%s", answer).isZero();
        assertThat(summary.get("errors").valueStream().map(e -> e.get("status").asInt()).toList())
                .as("%s", answer).isEqualTo(expected);
        assertThat(streams.commits()).isEqualTo(commits);
    }

    private static void assertUnsupported(HttpAnswer answer) {
        assertProblem(answer, 415, SECRET_SUBJECT_REF);
    }

    private static String referralBody() {
        ObjectNode body = referral(UUID.randomUUID());
        ((ObjectNode) body.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF);
        body.remove("referralId");
        return body.toString();
    }

    /** A referral with the secret subjectRef, whose {@code field} of {@code object} ("" for the top) is raw JSON. */
    private static byte[] splice(String object, String field, String raw) {
        ObjectNode body = referral(UUID.randomUUID());
        body.remove("referralId");
        ((ObjectNode) body.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF);
        (object.isEmpty() ? body : (ObjectNode) body.get(object)).put(field, RAW);
        return body.toString().replace("\"" + RAW + "\"", raw).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] referredLine(String object, String field, String raw) {
        String referral = new String(splice(object, field, raw), StandardCharsets.UTF_8);
        String id = "referralId".equals(field) ? "" : "\"referralId\":\"" + UUID.randomUUID() + "\",";
        return ("{\"type\":\"REFERRED\"," + id + referral.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] line(String raw) {
        return raw.getBytes(StandardCharsets.US_ASCII);
    }

    /** A referral whose subjectRef holds the given bytes, as no UTF-8 encoder would write them. */
    private static byte[] withBytes(int... bytes) {
        byte[] invalid = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            invalid[i] = (byte) bytes[i];
        }
        String[] parts = new String(splice("survivor", "subjectRef", "\"" + RAW + "\""), StandardCharsets.UTF_8)
                .split(RAW);
        return concat(parts[0].getBytes(StandardCharsets.UTF_8), concat(invalid, parts[1].getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] event(String field, String raw) {
        return reasonableGrounds(REFERRED_ON, "POSITIVE").put(field, RAW).toString()
                .replace("\"" + RAW + "\"", raw).getBytes(StandardCharsets.UTF_8);
    }

    private static String hugeArray(int size) {
        return "[" + String.join(",", java.util.Collections.nCopies(size, "\"ALB\"")) + "]";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static Case refused(String name, byte[] body, int status) {
        return new Case(name, body, status);
    }

    private record Case(String name, byte[] body, int status) {

        /** The body with the given referral id first, unless it is not a JSON object. */
        byte[] withId(UUID referralId) {
            if (body.length < 2 || body[0] != '{' || body[1] != '"') {
                return body;
            }
            return concat(("{\"referralId\":\"" + referralId + "\",").getBytes(StandardCharsets.US_ASCII),
                    java.util.Arrays.copyOfRange(body, 1, body.length));
        }
    }
}
