package org.nrmtracker.query.endtoend;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data at rest and its erasure, both applications as in production over the embedded server's data file
 * (docs/personal-data.md): a provider reads its subjectRef back, yet no byte of the data folder, the spool folder
 * or the logs holds it, before or after an erasure; the erasure is answered the same twice, hides the subjectRef
 * everywhere, changes no statistic and leaves every export verifiable by {@code ops/verify-audit.py}. A subjectRef
 * corrected (docs/api.md §2.1) is sealed and shown alike, and an erasure is neither corrected nor retracted.
 */
class PersonalDataErasureEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path VERIFIER = Path.of("..", "ops", "verify-audit.py").toAbsolutePath().normalize();
    /** Distinctive, so that finding them anywhere can only mean they leaked. */
    private static final String POSTED_REF = "Zq7Kp-Posted-Subject-4471";
    private static final String IMPORTED_REF = "Zq7Kp-Imported-Subject-9053";
    /** A reference typed wrong, its correction, and one given again after the erasure (docs/api.md §2.1). */
    private static final String TYPED_REF = "Zq7Kp-Typed-Subject-2210";
    private static final String CORRECTED_REF = "Zq7Kp-Corrected-Subject-6388";
    private static final String AFTER_ERASURE_REF = "Zq7Kp-After-Erasure-Subject-1147";
    private static final String[] ALL_REFS = {POSTED_REF, IMPORTED_REF, TYPED_REF, CORRECTED_REF, AFTER_ERASURE_REF};
    /** Not personal, stored in clear: shows that a scan of the data file does find what is there. */
    private static final String CONTROL = "Zq7Kp-Control-Constabulary";
    private static final String CORRECTED_ORGANISATION = "Zq7Kp-Corrected-Constabulary";

    private static Path root;
    private static Path dataFolder;
    private static Path spoolFolder;
    private static BothApplications apps;
    private static final ListAppender<ILoggingEvent> QUERY_SIDE_LOG = new ListAppender<>();
    private static Level rootLevel;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("personal-data-");
        dataFolder = Files.createDirectories(root.resolve("data"));
        spoolFolder = Files.createDirectories(root.resolve("spool"));
        String masterKeys = "--nrm.personal-data.master-keys=" + MasterKeys.newEntry("e2e");
        apps = BothApplications.start(root.resolve("command-side.log"), dataFolder.resolve("nrm.mv").toString(),
                List.of(masterKeys, "--nrm.idempotency.spool-directory=" + spoolFolder), masterKeys);
        // after the start: Spring Boot sets logging up anew as it starts; from INFO up, as in production
        Logger rootLogger = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = rootLogger.getLevel();
        rootLogger.setLevel(Level.INFO);
        QUERY_SIDE_LOG.setContext(rootLogger.getLoggerContext());
        QUERY_SIDE_LOG.start();
        rootLogger.addAppender(QUERY_SIDE_LOG);
    }

    @AfterAll
    static void stop() throws Exception {
        Logger rootLogger = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLogger.detachAppender(QUERY_SIDE_LOG);
        rootLogger.setLevel(rootLevel);
        if (apps != null) {
            apps.close();
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void aSubjectRefIsReadByItsProviderOnlyNeverStoredInClearAndGoneAfterErasureWithTheAuditTrailIntact()
            throws Exception {
        String posted = UUID.randomUUID().toString();
        String imported = UUID.randomUUID().toString();
        post("/api/v1/referrals", referral(posted, POSTED_REF), "demo-provider", "Idempotency-Key", "k-" + posted);
        HttpResponse<String> importAnswer = send(HttpRequest.newBuilder(commandSide("/api/v1/referral-events:import"))
                .header("Content-Type", "application/x-ndjson").header("Idempotency-Key", "k-" + imported)
                .POST(HttpRequest.BodyPublishers.ofString(importLine(imported, IMPORTED_REF) + "\n")), "demo-provider");
        assertThat(importAnswer.statusCode()).as(importAnswer.body()).isEqualTo(200);
        long position = JSON.readTree(post("/api/v1/referrals/" + posted + "/events", DECISION, "demo-provider")
                .body()).get("position").asLong();

        JsonNode own = timeline(posted, "demo-provider", position);
        assertThat(own.get("subjectRef").asString()).isEqualTo(POSTED_REF);
        assertThat(own.has("personalDataErased")).isFalse();
        assertThat(own.get("firstResponderOrganisation").asString()).isEqualTo(CONTROL);
        assertThat(timeline(imported, "demo-provider", position).get("subjectRef").asString()).isEqualTo(IMPORTED_REF);
        JsonNode analysts = timeline(posted, "demo-analyst", position);
        assertThat(analysts.has("subjectRef")).isFalse();
        assertThat(analysts.has("firstResponderOrganisation")).isFalse();
        String cohortsBefore = read("/api/v1/statistics/referral-cohorts?groupBy=REFERRAL_YEAR&asOf=2024-12-31"
                + "&minPosition=" + position, "demo-analyst").body();
        String auditedBefore = read("/api/v1/audit/referrals/" + posted + "/events", "demo-auditor").body();
        assertThat(auditedBefore).contains("sealed:v1:").doesNotContain(POSTED_REF);
        assertNoClearSubjectRefAtRest();

        assertThat(erase(posted, "ANY_REASON", "demo-provider").statusCode()).isEqualTo(400);
        for (String refused : List.of("demo-analyst", "demo-auditor")) {
            assertThat(erase(posted, "DATA_SUBJECT_REQUEST", refused).statusCode()).as(refused).isEqualTo(403);
        }
        assertThat(erase(posted, "DATA_SUBJECT_REQUEST", "demo-provider-2").statusCode()).isEqualTo(404);
        HttpResponse<String> erased = erase(posted, "DATA_SUBJECT_REQUEST", "demo-provider");
        HttpResponse<String> again = erase(posted, "RECORDED_IN_ERROR", "demo-provider");
        HttpResponse<String> byAdmin = erase(imported, "RECORDED_IN_ERROR", "demo-admin");

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(erased.body());
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        long erasedAt = Math.max(JSON.readTree(erased.body()).get("position").asLong(),
                JSON.readTree(byAdmin.body()).get("position").asLong());

        JsonNode ownAfter = timeline(posted, "demo-provider", erasedAt);
        assertThat(ownAfter.has("subjectRef")).isFalse();
        assertThat(ownAfter.get("personalDataErased").asBoolean()).isTrue();
        assertThat(ownAfter.get("status")).isEqualTo(own.get("status"));
        assertThat(ownAfter.get("windows")).isEqualTo(own.get("windows"));
        assertThat(timeline(imported, "demo-provider", erasedAt).has("subjectRef")).isFalse();
        assertThat(timeline(posted, "demo-analyst", erasedAt).get("personalDataErased").asBoolean()).isTrue();
        assertThat(read("/api/v1/referrals?size=500&minPosition=" + erasedAt, "demo-provider").body())
                .doesNotContain(POSTED_REF, IMPORTED_REF);
        assertThat(read("/api/v1/statistics/referral-cohorts?groupBy=REFERRAL_YEAR&asOf=2024-12-31&minPosition="
                + erasedAt, "demo-analyst").body()).isEqualTo(cohortsBefore);

        String audited = read("/api/v1/audit/referrals/" + posted + "/events", "demo-auditor").body();
        assertThat(audited).startsWith(auditedBefore.substring(0, auditedBefore.length() - 1))
                .contains("\"type\":\"PERSONAL_DATA_ERASED\"", "\"reason\":\"DATA_SUBJECT_REQUEST\"",
                        "\"recordedBy\":\"demo-provider\"");
        Path stream = root.resolve("stream.json");
        Files.writeString(stream, audited);
        assertVerifies(stream.toString(), posted);
        Path everything = root.resolve("all.ndjson");
        Files.writeString(everything, read("/api/v1/audit/events", "demo-auditor").body());
        assertVerifies(everything.toString());
        HttpResponse<String> check = send(HttpRequest.newBuilder(querySide("/api/v1/audit/integrity-checks"))
                .POST(HttpRequest.BodyPublishers.noBody()), "demo-auditor");
        assertThat(JSON.readTree(check.body()).get("violations").size()).as(check.body()).isZero();
        assertNoClearSubjectRefAtRest();
    }

    @Test
    void aCorrectedSubjectRefIsSealedShownOnlyToItsProviderAndGoneAfterErasure() throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/v1/referrals", referral(id, TYPED_REF), "demo-provider");
        long corrected = JSON.readTree(post("/api/v1/referrals/" + id + "/events", correction(id, CORRECTED_REF),
                "demo-provider").body()).get("position").asLong();

        JsonNode own = timeline(id, "demo-provider", corrected);
        assertThat(own.get("subjectRef").asString()).isEqualTo(CORRECTED_REF);
        assertThat(own.get("firstResponderOrganisation").asString()).isEqualTo(CORRECTED_ORGANISATION);
        assertThat(own.get("events").get(0).get("correctedBy").get("sequence").asLong()).isEqualTo(1);
        assertThat(read("/api/v1/referrals?size=500&minPosition=" + corrected, "demo-provider").body())
                .contains(CORRECTED_REF).doesNotContain(TYPED_REF);
        HttpResponse<String> analysts = read("/api/v1/referrals/" + id + "/timeline?minPosition=" + corrected,
                "demo-analyst");
        assertThat(analysts.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(analysts.body()).has("subjectRef")).isFalse();
        assertThat(analysts.body()).doesNotContain(CORRECTED_REF, TYPED_REF);
        assertThat(read("/api/v1/referrals?size=500&minPosition=" + corrected, "demo-analyst").body())
                .doesNotContain(CORRECTED_REF, TYPED_REF);
        assertThat(read("/api/v1/audit/referrals/" + id + "/events", "demo-auditor").body())
                .contains("\"type\":\"EVENT_CORRECTED\"", "sealed:v1:").doesNotContain(CORRECTED_REF, TYPED_REF);
        assertNoClearSubjectRefAtRest();

        HttpResponse<String> erased = erase(id, "DATA_SUBJECT_REQUEST", "demo-provider");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        long erasure = JSON.readTree(erased.body()).get("sequence").asLong();
        for (String amendment : List.of(
                "{\"type\":\"EVENT_RETRACTED\",\"retracts\":" + erasure + ",\"reason\":\"DATA_ENTRY_ERROR\"}",
                "{\"type\":\"EVENT_CORRECTED\",\"corrects\":" + erasure + ",\"replacement\":{\"withdrawnOn\":"
                        + "\"2024-03-02\"},\"reason\":\"DATA_ENTRY_ERROR\"}")) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(commandSide("/api/v1/referrals/" + id
                    + "/events")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(amendment)), "demo-provider");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        }
        // the erased reference can no longer be compared: a correction giving only another one is the earlier
        // correction as far as anyone can tell, acknowledged as it, and nothing is recorded
        HttpResponse<String> onlyTheReference = post("/api/v1/referrals/" + id + "/events",
                correction(id, AFTER_ERASURE_REF), "demo-provider");
        assertThat(onlyTheReference.statusCode()).as(onlyTheReference.body()).isEqualTo(200);
        assertThat(JSON.readTree(onlyTheReference.body()).get("sequence").asLong()).isEqualTo(1);
        // a correction of the referral date after the erasure is recorded, its reference set aside
        HttpResponse<String> redated = post("/api/v1/referrals/" + id + "/events",
                correction(id, AFTER_ERASURE_REF).replace("2024-03-01", "2024-02-28"), "demo-provider");
        assertThat(redated.statusCode()).as(redated.body()).isEqualTo(201);
        long after = Math.max(JSON.readTree(redated.body()).get("position").asLong(),
                JSON.readTree(erased.body()).get("position").asLong());

        for (String client : List.of("demo-provider", "demo-analyst")) {
            JsonNode timeline = timeline(id, client, after);
            assertThat(timeline.has("subjectRef")).as(client).isFalse();
            assertThat(timeline.has("personalDataErased")).as(client + ": " + timeline).isTrue();
            assertThat(timeline.get("personalDataErased").asBoolean()).as(client).isTrue();
            assertThat(timeline.get("referredOn").asString()).as(client).isEqualTo("2024-02-28");
            assertThat(read("/api/v1/referrals?size=500&minPosition=" + after, client).body()).as(client)
                    .doesNotContain(CORRECTED_REF, AFTER_ERASURE_REF, TYPED_REF);
        }
        assertNoClearSubjectRefAtRest();
    }

    /** A correction of the whole referral: every field as in {@link #referral} but its subjectRef and organisation. */
    private static String correction(String id, String subjectRef) {
        String replacement = referral(id, subjectRef).replace("\"referralId\":\"" + id + "\",", "")
                .replace(CONTROL, CORRECTED_ORGANISATION);
        return "{\"type\":\"EVENT_CORRECTED\",\"corrects\":0,\"reason\":\"DATA_ENTRY_ERROR\",\"replacement\":"
                + replacement + "}";
    }

    /** The data folder's raw bytes, the spool folder and both applications' logs. */
    private static void assertNoClearSubjectRefAtRest() throws Exception {
        String data = rawBytesOf(dataFolder);
        assertThat(data).as("the scan reads what is stored in clear").contains(CONTROL);
        assertThat(data).doesNotContain(ALL_REFS);
        assertThat(rawBytesOf(spoolFolder)).doesNotContain(ALL_REFS);
        assertThat(Files.readString(root.resolve("command-side.log"), StandardCharsets.ISO_8859_1))
                .contains("Started").doesNotContain(ALL_REFS);
        assertThat(querySideLog()).contains("audit read").doesNotContain(ALL_REFS);
    }

    /** Every file under the folder, byte for byte (ISO-8859-1 maps each byte to one character). */
    private static String rawBytesOf(Path folder) throws Exception {
        StringBuilder bytes = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return bytes.toString();
    }

    private static String querySideLog() {
        List<ILoggingEvent> events;
        synchronized (QUERY_SIDE_LOG) {
            events = new ArrayList<>(QUERY_SIDE_LOG.list);
        }
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events) {
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }

    private static void assertVerifies(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", VERIFIER.toString()));
        command.addAll(List.of(arguments));
        Process python = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        assertThat(output).contains("intact");
    }

    private static final String DECISION =
            "{\"type\":\"REASONABLE_GROUNDS_DECISION\",\"decidedOn\":\"2024-03-06\",\"outcome\":\"POSITIVE\"}";

    private static String referral(String id, String subjectRef) {
        return """
                {"referralId":"%s","referredOn":"2024-03-01","jurisdiction":"ENGLAND_AND_WALES",
                 "firstResponder":{"type":"POLICE","organisation":"%s"},
                 "survivor":{"subjectRef":"%s","ageAtExploitation":"ADULT","gender":"FEMALE","nationalities":["ALB"]},
                 "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}
                """.formatted(id, CONTROL, subjectRef);
    }

    private static String importLine(String id, String subjectRef) {
        return referral(id, subjectRef).replace("\n", "").replaceFirst("\\{", "{\"type\":\"REFERRED\",");
    }

    private static JsonNode timeline(String id, String client, long minPosition) throws Exception {
        HttpResponse<String> answer = read("/api/v1/referrals/" + id + "/timeline?minPosition=" + minPosition, client);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> erase(String id, String reason, String client) throws Exception {
        return send(HttpRequest.newBuilder(commandSide("/api/v1/referrals/" + id + "/erasure"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"" + reason + "\"}")), client);
    }

    private static HttpResponse<String> read(String pathAndQuery, String client) throws Exception {
        return send(HttpRequest.newBuilder(querySide(pathAndQuery)), client);
    }

    private static HttpResponse<String> post(String path, String json, String client, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(commandSide(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> answer = send(request, client);
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String client) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + apps.commandSide().token(client)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI commandSide(String path) {
        return URI.create("http://127.0.0.1:" + apps.commandSide().httpPort + path);
    }

    private static URI querySide(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + apps.queryPort() + pathAndQuery);
    }
}
