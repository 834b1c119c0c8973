package org.nrmtracker.command.hostile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.Problems;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.SECRET_SUBJECT_REF;
import static org.nrmtracker.command.WriteApi.JSON;
import static org.nrmtracker.command.WriteApi.NDJSON;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * Issue 5's fuzz test: {@value #BODIES} generated bodies ({@link HostileBodies}) to each write endpoint of docs/api.md
 * §3, one after another, asserting for every answer that it is not a 5xx, that an error is a clean problem
 * (no stack trace, no class name), that neither the secret {@code subjectRef} nor any generated fragment comes
 * back, and that the event store (its commits and its global sequence) changed by exactly what the answer says
 * was recorded: nothing for a refusal, one event for a {@code 201}, the {@code accepted} lines for an import. At
 * the end no log line written meanwhile, from INFO up ({@link CapturedLogs}), and nothing else printed may hold
 * the secret or a fragment either.
 * <p>
 * Why 10,000: issue 5 asks for at least that many per endpoint; with about fifty kinds of change, each in the
 * run some two hundred times in varied places, and it keeps the three endpoints within about two minutes on two
 * cores (about 90 s in all here, half of it the import). The run is repeatable: the seed is {@value #DEFAULT_SEED} (plus 1
 * and 2 for the events and the import) unless {@code -Dnrm.fuzz.seed=...} says
 * otherwise (e.g. a random one, to explore), and every failure names the seed and the request that caused it.
 */
@RunningCommandSide
@ExtendWith(OutputCaptureExtension.class)
class WriteEndpointsFuzzApiTest extends WriteApiTest {

    static final int BODIES = 10_000;
    static final long DEFAULT_SEED = 20_240_301L;
    private static final long SEED = Long.getLong("nrm.fuzz.seed", DEFAULT_SEED);
    /** {@code -Dnrm.fuzz.bodies=...} for a shorter or a longer run. */
    private static final int COUNT = Integer.getInteger("nrm.fuzz.bodies", BODIES);
    private static final int KNOWN_REFERRALS = 20;
    /** Failures shown in full; the run goes on after one, so that it shows every kind at once. */
    private static final int SHOWN_FAILURES = 10;

    private StoredEvents stored;
    private final List<UUID> referrals = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int failed;
    private CapturedLogs logs;

    @BeforeEach
    void captureLogs() {
        logs = new CapturedLogs();
    }

    @AfterEach
    void printLogsAgain() {
        logs.close();
    }

    @BeforeEach
    void knowSomeReferrals() {
        stored = new StoredEvents(database);
        for (int i = 0; i < KNOWN_REFERRALS; i++) {
            referrals.add(api.newReferral());
        }
    }

    @Test
    void generatedReferralsNeverFailOrLeak(CapturedOutput output) {
        HostileBodies bodies = new HostileBodies(SEED);
        for (int i = 0; i < COUNT; i++) {
            byte[] body = bodies.referral();
            String contentType = bodies.contentType(JSON);
            send(i, REFERRALS, body, contentType, () -> api.post(REFERRALS, body, contentType), this::recordedOne);
        }
        assertLogsKeptNothing(output);
    }

    @Test
    void generatedEventsOfKnownAndUnknownReferralsNeverFailOrLeak(CapturedOutput output) {
        HostileBodies bodies = new HostileBodies(SEED + 1);
        for (int i = 0; i < COUNT; i++) {
            int which = bodies.random().nextInt(10);
            Object referralId = which < 7 ? referrals.get(bodies.random().nextInt(referrals.size()))
                    : which < 9 ? UUID.randomUUID() : "not-a-uuid-" + which;
            String path = eventsOf(referralId);
            byte[] body = bodies.event();
            String contentType = bodies.contentType(JSON);
            send(i, path, body, contentType, () -> api.post(path, body, contentType), this::recordedOne);
        }
        assertLogsKeptNothing(output);
    }

    @Test
    void generatedHistoriesNeverFailOrLeakAndRecordExactlyTheAcceptedLines(CapturedOutput output) {
        HostileBodies bodies = new HostileBodies(SEED + 2);
        for (int i = 0; i < COUNT; i++) {
            byte[] body = bodies.history(referrals);
            String contentType = bodies.contentType(NDJSON);
            send(i, WriteApi.IMPORT, body, contentType, () -> api.importHistory(body, contentType),
                    this::recordedTheAcceptedLines);
        }
        assertThat(logs.text()).as("the import's progress log, captured").containsPattern("History import \\d+ finished");
        assertLogsKeptNothing(output);
    }

    private void send(int i, String path, byte[] body, String contentType, Supplier<HttpAnswer> request,
                      Recorded recorded) {
        Store before = store();
        HttpAnswer answer = request.get();
        Store after = store();
        try {
            assertThat(answer.status()).as("status").isBetween(200, 499);
            assertThat(answer.body()).doesNotContain(SECRET_SUBJECT_REF, HostileBodies.MARKER);
            if (answer.status() >= 300) {
                Problems.assertProblem(answer, answer.status());
                assertThat(after).as("the store after a refusal").isEqualTo(before);
            } else {
                recorded.check(answer, before, after);
            }
        } catch (AssertionError e) {
            failed++;
            if (failures.size() < SHOWN_FAILURES) {
                failures.add("Request %d of seed %d: POST %s (%s) %s%nanswered %s%n%s"
                        .formatted(i, SEED, path, contentType, shown(body), answer, e.getMessage()));
            }
        }
    }

    private void recordedOne(HttpAnswer answer, Store before, Store after) {
        long events = answer.status() == 201 ? 1 : 0;
        assertThat(answer.status()).isIn(200, 201);
        assertThat(after).isEqualTo(new Store(before.commits + events, before.position + events));
    }

    /** The summary's accepted lines, each one event in one commit, and no other: refused lines recorded nothing. */
    private void recordedTheAcceptedLines(HttpAnswer answer, Store before, Store after) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode summary = answer.json();
        long accepted = summary.get("accepted").asLong();
        long rejected = summary.get("rejected").asLong();
        assertThat(after).isEqualTo(new Store(before.commits + accepted, before.position + accepted));
        assertThat(summary.get("errors").size()).isEqualTo((int) Math.min(rejected, 1_000));
        summary.get("errors").forEach(error -> assertThat(error.get("status").asInt()).isBetween(400, 499));
    }

    /** Neither the log (from INFO) nor anything else printed meanwhile holds the secret or a fragment. */
    private void assertLogsKeptNothing(CapturedOutput output) {
        assertThat(failures).as("%d of %d requests failed with seed %d (-Dnrm.fuzz.seed=%d); the first:",
                failed, COUNT, SEED, SEED).isEmpty();
        LoggerFactory.getLogger(WriteEndpointsFuzzApiTest.class).info("Fuzz run of seed {} checked", SEED);
        String log = logs.text();
        assertThat(log).as("log, captured").contains("Fuzz run of seed " + SEED + " checked");
        assertThat(log).as("log during the run").doesNotContain(SECRET_SUBJECT_REF, HostileBodies.MARKER);
        assertThat(output.getAll()).as("output during the run").doesNotContain(SECRET_SUBJECT_REF, HostileBodies.MARKER);
    }

    private Store store() {
        // the collection's own count, not a scan: the store grows to thousands of commits during the run
        return new Store(database.getCollection("events").estimatedDocumentCount(), stored.lastPosition());
    }

    private static String shown(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 2_000 ? text.substring(0, 2_000) + "... (" + body.length + " bytes)" : text;
    }

    private record Store(long commits, long position) {
    }

    @FunctionalInterface
    private interface Recorded {
        void check(HttpAnswer answer, Store before, Store after);
    }
}
