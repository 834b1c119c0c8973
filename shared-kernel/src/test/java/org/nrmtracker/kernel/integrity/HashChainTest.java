package org.nrmtracker.kernel.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HashChainTest {

    private static final String REFERRAL_ID = "3f2b8c4e-7a1d-4e55-9b0a-2c6d8e1f4a77";
    private static final String RECORDED_AT = "2024-03-01T09:30:00Z";
    private static final String RECORDED_BY = "provider:salvation-army";

    // Unordered keys, whitespace, a \\u escape and a number in a non-canonical form.
    private static final String PAYLOAD = """
            { "subjectRef": "S-caf\\u00e9-0001", "referredOn": "2024-03-01",
              "nationalities": ["ALB", "VNM"], "windowDays": 4.50E1,
              "jurisdiction": "ENGLAND_AND_WALES", "countyLines": false }""";

    // Written by hand from docs/api.md §6.2: keys sorted, no whitespace, é as itself, 4.50E1 as 45.
    private static final String CANONICAL = "{\"payload\":{\"countyLines\":false,\"jurisdiction\":\"ENGLAND_AND_WALES\","
            + "\"nationalities\":[\"ALB\",\"VNM\"],\"referredOn\":\"2024-03-01\",\"subjectRef\":\"S-caf\u00e9-0001\","
            + "\"windowDays\":45},\"recordedAt\":\"2024-03-01T09:30:00Z\",\"recordedBy\":\"provider:salvation-army\","
            + "\"referralId\":\"3f2b8c4e-7a1d-4e55-9b0a-2c6d8e1f4a77\",\"sequence\":0,\"type\":\"REFERRED\"}";

    // The same hash from Python: hashlib.sha256(("0" * 64 + "\n" + canonical).encode("utf-8")).hexdigest()
    private static final String HASH_OF_REFERRED = "5d67e9cd7e257ce74bc5c07e8ce92d8802190d6dffecdb404d80bceefb98b1ed";

    private static final AuditedEvent REFERRED =
            new AuditedEvent(REFERRAL_ID, 0, "REFERRED", PAYLOAD, RECORDED_AT, RECORDED_BY);
    private static final AuditedEvent DECIDED = new AuditedEvent(REFERRAL_ID, 1, "REASONABLE_GROUNDS_DECISION",
            "{\"decidedOn\":\"2024-03-06\",\"outcome\":\"POSITIVE\"}", "2024-03-06T14:00:00Z", RECORDED_BY);

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(HashChain.GENESIS).hasSize(64).containsOnlyDigits().doesNotContainPattern("[1-9]");
    }

    @Test
    void canonicalFormIsTheSortedCompactEnvelope() {
        assertThat(HashChain.canonicalForm(REFERRED)).isEqualTo(CANONICAL);
    }

    @Test
    void firstEventChainsFromGenesis() throws Exception {
        String hash = HashChain.link(HashChain.GENESIS, REFERRED);

        assertThat(hash).isEqualTo(sha256Hex(HashChain.GENESIS + "\n" + CANONICAL)).isEqualTo(HASH_OF_REFERRED);
    }

    @Test
    void laterEventsChainFromThePreviousHash() throws Exception {
        String hash = HashChain.link(HASH_OF_REFERRED, DECIDED);

        assertThat(hash).isEqualTo(sha256Hex(HASH_OF_REFERRED + "\n" + HashChain.canonicalForm(DECIDED)));
    }

    static Stream<AuditedEvent> changedEvents() {
        return Stream.of(
                new AuditedEvent("3f2b8c4e-7a1d-4e55-9b0a-2c6d8e1f4a78", 0, "REFERRED", PAYLOAD, RECORDED_AT, RECORDED_BY),
                new AuditedEvent(REFERRAL_ID, 1, "REFERRED", PAYLOAD, RECORDED_AT, RECORDED_BY),
                new AuditedEvent(REFERRAL_ID, 0, "WITHDRAWN", PAYLOAD, RECORDED_AT, RECORDED_BY),
                new AuditedEvent(REFERRAL_ID, 0, "REFERRED", PAYLOAD.replace("4.50E1", "30"), RECORDED_AT, RECORDED_BY),
                new AuditedEvent(REFERRAL_ID, 0, "REFERRED", PAYLOAD, "2024-03-01T09:30:01Z", RECORDED_BY),
                new AuditedEvent(REFERRAL_ID, 0, "REFERRED", PAYLOAD, RECORDED_AT, "provider:barnardos"),
                new AuditedEvent(REFERRAL_ID, 0, "REFERRED", PAYLOAD, RECORDED_AT, null),
                new AuditedEvent(REFERRAL_ID, 0, "REFERRED", PAYLOAD, RECORDED_AT, "null"));
    }

    @ParameterizedTest
    @MethodSource("changedEvents")
    void changingAnyFieldChangesTheHash(AuditedEvent changed) {
        assertThat(HashChain.link(HashChain.GENESIS, changed)).isNotEqualTo(HASH_OF_REFERRED);
    }

    @Test
    void changingThePreviousHashChangesTheHash() {
        assertThat(HashChain.link("f".repeat(64), REFERRED)).isNotEqualTo(HASH_OF_REFERRED);
    }

    @Test
    void payloadKeyOrderAndWhitespaceDoNotMatter() {
        String compact = "{\"countyLines\":false,\"jurisdiction\":\"ENGLAND_AND_WALES\",\"nationalities\":[\"ALB\",\"VNM\"],"
                + "\"referredOn\":\"2024-03-01\",\"subjectRef\":\"S-caf\u00e9-0001\",\"windowDays\":45}";
        var sameFacts = new AuditedEvent(REFERRAL_ID, 0, "REFERRED", compact, RECORDED_AT, RECORDED_BY);

        assertThat(HashChain.link(HashChain.GENESIS, sameFacts)).isEqualTo(HASH_OF_REFERRED);
    }

    @Test
    void missingRecorderIsHashedAsJsonNull() {
        var anonymous = new AuditedEvent(REFERRAL_ID, 0, "REFERRED", "{}", RECORDED_AT, null);

        assertThat(HashChain.canonicalForm(anonymous)).contains("\"recordedBy\":null");
    }

    @Test
    void envelopeStringsAreEscaped() {
        var awkward = new AuditedEvent(REFERRAL_ID, 0, "REFERRED", "{}", RECORDED_AT, "a \"quoted\" back\\slash\n");

        assertThat(HashChain.canonicalForm(awkward)).contains("\"recordedBy\":\"a \\\"quoted\\\" back\\\\slash\\n\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]", "\"text\"", "null", "{\"a\":", "{}, \"sequence\": 99"})
    void payloadMustBeOneJsonObject(String payload) {
        var event = new AuditedEvent(REFERRAL_ID, 0, "REFERRED", payload, RECORDED_AT, RECORDED_BY);

        assertThatIllegalArgumentException().isThrownBy(() -> HashChain.link(HashChain.GENESIS, event));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "5D67E9CD7E257CE74BC5C07E8CE92D8802190D6DFFECDB404D80BCEEFB98B1ED",
            "5d67e9cd7e257ce74bc5c07e8ce92d8802190d6dffecdb404d80bceefb98b1ed0"})
    void previousHashMustBeLowercaseSha256Hex(String previousHash) {
        assertThatIllegalArgumentException().isThrownBy(() -> HashChain.link(previousHash, REFERRED));
    }

    private static String sha256Hex(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
