package org.nrmtracker.command.referral.history;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.SECRET_SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.TODAY;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.ReferralJson.withdrawn;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.WriteApi.IMPORT;
import static org.nrmtracker.command.WriteApi.JSON;
import static org.nrmtracker.command.referral.history.ImportFile.on;
import static org.nrmtracker.command.referral.history.ImportFile.referred;

/** {@code POST /api/v1/referral-events:import} over HTTP (docs/api.md §3.3): every line on its own, in order. */
@RunningCommandSide
class HistoryImportApiTest extends WriteApiTest {

    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate CG_DECIDED_ON = REFERRED_ON.plusDays(10);
    private static final LocalDate SUPPORT_ENDED_ON = REFERRED_ON.plusDays(20);
    private static final int MAX_LINE = 65_536;
    private static final String UNKNOWN_TYPE = "ARRESTED_SOMEWHERE";
    private static final String UNKNOWN_FIELD = "survivorName";
    private static final String NOT_A_COUNTRY = "XYZ";
    private static final String NOT_A_BOOLEAN = "perhaps";
    private static final String ORGANISATION = "Example Constabulary";

    @Test
    void eachLineIsAppliedOnItsOwnAndEveryRefusalIsCounted() {
        MixedFile file = new MixedFile();
        long commits = streams.commits();

        HttpAnswer answer = api.importHistory(file.text());

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(JSON);
        JsonNode summary = answer.json();
        assertThat(summary.propertyNames()).containsExactly("accepted", "duplicates", "rejected", "position", "errors");
        assertThat(summary.get("accepted").asLong()).isEqualTo(6);
        assertThat(summary.get("duplicates").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isEqualTo(file.expectedErrors.size());
        assertThat(errorsOf(summary)).containsExactlyElementsOf(file.expectedErrors);
        assertThat(streams.commits() - commits).isEqualTo(6);
        assertThat(typesOf(file.a)).containsExactly("REFERRED", "REASONABLE_GROUNDS_DECISION", "SUPPORT_ENDED");
        assertThat(typesOf(file.b)).containsExactly("REFERRED", "REASONABLE_GROUNDS_DECISION",
                "CONCLUSIVE_GROUNDS_DECISION");
        assertThat(streams.lengthOf(file.unknown)).isZero();
        assertThat(streams.lengthOf(file.badNationality)).isZero();
        assertThat(streams.lengthOf(file.badBoolean)).isZero();
        assertThat(streams.of(file.a)).extracting(StoredEvent::recordedBy).containsOnly(WriteApi.PROVIDER);
    }

    @Test
    void refusalsAreExplainedInOurOwnWordsWithoutRepeatingTheLines() {
        MixedFile file = new MixedFile();

        HttpAnswer answer = api.importHistory(file.text());

        assertThat(detailOf(answer, file.conflict))
                .isEqualTo("A conclusive-grounds decision needs a positive reasonable-grounds decision first.");
        assertThat(detailOf(answer, file.unknownReferral)).startsWith("No referral with this id");
        assertThat(detailOf(answer, file.unknownType)).isEqualTo("type is missing or is not an event type accepted here.");
        assertThat(detailOf(answer, file.missingField)).isEqualTo("outcome must not be null.");
        assertThat(detailOf(answer, file.unknownField)).isEqualTo("The line has a field that is not part of this event.");
        assertThat(detailOf(answer, file.unknownNestedField))
                .isEqualTo("survivor has a field that is not part of this event.");
        assertThat(detailOf(answer, file.tooLong)).isEqualTo("The line is longer than 65536 bytes.");
        assertThat(detailOf(answer, file.missingReferralId)).startsWith("referralId is missing");
        assertThat(detailOf(answer, file.badNationalityLine)).isEqualTo("survivor.nationalities[0] is not an ISO 3166-1 alpha-3 code.");
        assertThat(detailOf(answer, file.badBooleanLine)).startsWith("exploitation.countyLines has the wrong type");
        assertThat(answer.body()).doesNotContain(SECRET_SUBJECT_REF, SUBJECT_REF, ORGANISATION, UNKNOWN_TYPE,
                UNKNOWN_FIELD, NOT_A_COUNTRY, NOT_A_BOOLEAN, file.unknown.toString(), "Exception", "java.", "org.");
    }

    @Test
    void importingTheSameFileAgainRecordsNothingAndCountsDuplicates() {
        MixedFile file = new MixedFile();
        JsonNode first = api.importHistory(file.text()).json();
        long commits = streams.commits();

        HttpAnswer again = api.importHistory(file.text());

        JsonNode summary = again.json();
        assertThat(summary.get("accepted").asLong()).isZero();
        assertThat(summary.get("duplicates").asLong())
                .isEqualTo(first.get("accepted").asLong() + first.get("duplicates").asLong());
        assertThat(errorsOf(summary)).containsExactlyElementsOf(file.expectedErrors);
        assertThat(streams.commits()).isEqualTo(commits);
    }

    @Test
    void onlyTheFirstThousandErrorsAreListed() {
        ImportFile file = new ImportFile();
        for (int i = 0; i < 1_100; i++) {
            file.add("not json " + i);
        }

        JsonNode summary = api.importHistory(file.text()).json();

        assertThat(summary.get("rejected").asLong()).isEqualTo(1_100);
        assertThat(summary.get("accepted").asLong()).isZero();
        JsonNode errors = summary.get("errors");
        assertThat(errors.size()).isEqualTo(1_000);
        assertThat(errors.get(0).get("line").asLong()).isEqualTo(1);
        assertThat(errors.get(999).get("line").asLong()).isEqualTo(1_000);
        assertThat(errors.valueStream().map(e -> e.get("status").asInt())).containsOnly(400);
    }

    @Test
    void aChunkedHistoryIsImportedAsItStreams() {
        UUID referralId = UUID.randomUUID();
        ImportFile file = new ImportFile();
        file.add(referred(referralId));
        file.add(on(referralId, reasonableGrounds(RG_DECIDED_ON, "NEGATIVE")));

        HttpAnswer answer = api.importHistoryChunked(file.text());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(streams.lengthOf(referralId)).isEqualTo(2);
    }

    @Test
    void anEmptyHistoryImportsNothing() {
        HttpAnswer answer = api.importHistory("\n\n");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().toString()).isEqualTo(
                "{\"accepted\":0,\"duplicates\":0,\"rejected\":0,\"position\":null,\"errors\":[]}");
    }

    @Test
    void anImportSentAgainWithItsKeyGetsTheFirstAnswerAndRecordsNothing() {
        UUID referralId = UUID.randomUUID();
        ImportFile file = new ImportFile();
        file.add(referred(referralId));
        file.add(on(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
        file.add(on(referralId, withdrawn(TODAY.plusDays(1))));
        String key = "import-" + UUID.randomUUID();
        HttpAnswer first = api.importHistory(file.text(), IDEMPOTENCY_KEY, key);
        long commits = streams.commits();

        HttpAnswer again = api.importHistory(file.text(), IDEMPOTENCY_KEY, key);
        HttpAnswer otherBody = api.importHistory(file.text() + "\n", IDEMPOTENCY_KEY, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(otherBody, 422);
        assertThat(streams.commits()).isEqualTo(commits);
    }

    @Test
    void aChunkedImportWithAKeyIsSpooledAndApplied() {
        UUID referralId = UUID.randomUUID();
        ImportFile file = new ImportFile();
        file.add(referred(referralId));
        String key = "import-" + UUID.randomUUID();

        HttpAnswer first = api.importHistoryChunked(file.text(), IDEMPOTENCY_KEY, key);
        HttpAnswer again = api.importHistoryChunked(file.text(), IDEMPOTENCY_KEY, key);

        assertThat(first.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
    }

    @Test
    void aJsonBodyIsAnUnsupportedMediaType() {
        UUID referralId = UUID.randomUUID();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(IMPORT, referred(referralId).toString()));

        assertProblem(answer, 415);
    }

    private static List<String> errorsOf(JsonNode summary) {
        return summary.get("errors").valueStream()
                .map(e -> e.get("line").asLong() + ":" + e.get("status").asInt())
                .toList();
    }

    private static String detailOf(HttpAnswer answer, long line) {
        return answer.json().get("errors").valueStream()
                .filter(e -> e.get("line").asLong() == line)
                .map(e -> e.get("detail").asString())
                .findFirst().orElseThrow(() -> new AssertionError("no error for line " + line + " in " + answer));
    }

    private List<String> typesOf(UUID referralId) {
        return streams.of(referralId).stream()
                .map(e -> ReferralEventType.ofEventClass(e.payloadType()).orElseThrow().name())
                .toList();
    }

    /**
     * A history with a line of every kind: recorded, duplicate, refused by the referral (404, 409, 422) and
     * unreadable (400), between blank lines, the last one without its newline.
     */
    private static final class MixedFile extends ImportFile {
        final UUID a = UUID.randomUUID();
        final UUID b = UUID.randomUUID();
        final UUID unknown = UUID.randomUUID();
        final UUID badNationality = UUID.randomUUID();
        final UUID badBoolean = UUID.randomUUID();
        final long conflict;
        final long unknownReferral;
        final long unknownType;
        final long missingField;
        final long unknownField;
        final long unknownNestedField;
        final long tooLong;
        final long missingReferralId;
        final long badNationalityLine;
        final long badBooleanLine;

        MixedFile() {
            add(referred(a));
            add(on(a, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
            add("");
            add(on(a, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));                       // duplicate
            ObjectNode secretReferral = referred(b);
            ((ObjectNode) secretReferral.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF);
            add(secretReferral);
            conflict = reject(409, on(b, conclusiveGrounds(CG_DECIDED_ON, "NEGATIVE")));      // no RG decision yet
            reject(422, on(a, conclusiveGrounds(TODAY.plusDays(1), "POSITIVE")));           // tomorrow
            unknownReferral = reject(404, on(unknown, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
            reject(400, "{\"referralId\":\"" + a + "\",\"type\":\"WITHDRAWN\",\"withdrawnOn\":");
            unknownType = reject(400, on(a, withdrawn(RG_DECIDED_ON)).put("type", UNKNOWN_TYPE));
            ObjectNode noOutcome = on(b, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"));
            noOutcome.remove("outcome");
            missingField = reject(400, noOutcome);
            unknownField = reject(400, on(b, withdrawn(RG_DECIDED_ON)).put(UNKNOWN_FIELD, SECRET_SUBJECT_REF));
            ObjectNode nested = referred(UUID.randomUUID());
            ((ObjectNode) nested.get("survivor")).put(UNKNOWN_FIELD, SECRET_SUBJECT_REF);
            unknownNestedField = reject(400, nested);
            ObjectNode huge = referred(UUID.randomUUID());
            ((ObjectNode) huge.get("firstResponder")).put("organisation", SECRET_SUBJECT_REF.repeat(MAX_LINE / 10));
            tooLong = reject(400, huge);
            add("   \r");
            ObjectNode noId = reasonableGrounds(RG_DECIDED_ON, "POSITIVE");
            missingReferralId = reject(400, noId);
            ObjectNode unknownCountry = referred(badNationality);
            ((ObjectNode) unknownCountry.get("survivor")).putArray("nationalities").add(NOT_A_COUNTRY);
            badNationalityLine = reject(400, unknownCountry);
            ObjectNode notABoolean = referred(badBoolean);
            ((ObjectNode) notABoolean.get("exploitation")).put("countyLines", NOT_A_BOOLEAN);
            badBooleanLine = reject(400, notABoolean);
            add(on(b, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
            add(on(b, conclusiveGrounds(CG_DECIDED_ON, "POSITIVE")));
            reject(400, on(a, withdrawn(RG_DECIDED_ON)) + " {\"more\":1}");                 // trailing content
            reject(400, "[1, 2]");
            addLast(on(a, supportEnded(SUPPORT_ENDED_ON, "MOVED_ON")));
        }
    }
}
