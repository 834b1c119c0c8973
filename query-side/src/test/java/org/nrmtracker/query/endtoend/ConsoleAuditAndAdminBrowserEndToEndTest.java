package org.nrmtracker.query.endtoend;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.nrmtracker.kernel.integrity.CanonicalJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.query.endtoend.ConsoleChecks.accessibleAndKeyboardUsable;
import static org.nrmtracker.query.endtoend.ConsoleChecks.signIn;
import static org.nrmtracker.query.endtoend.ConsoleChecks.waitUntil;

/**
 * The auditors' and administrators' console pages in a real browser (docs/console.md): an auditor sees each stored
 * event's hash recomputed in the browser, an event edited directly in MongoDB marked as failing while the others
 * verify, the integrity check finding it, the recorded-before timeline and the global stream's export; an
 * administrator starts a rebuild and sees it complete. Accessibility and keyboard checks and screenshots as part 1.
 */
@ExtendWith(ChromiumInstalled.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAuditAndAdminBrowserEndToEndTest {

    @RegisterExtension
    static final RunningBothApplications APPS = new RunningBothApplications();

    private static final String UNTOUCHED = referral(2);
    private static final String TAMPERED = referral(1);

    private static HeadlessChromium chromium;
    private static ConsoleApi auditor;
    private static String base;

    @BeforeAll
    static void importHistoryAndSignInAsTheAuditor() throws Exception {
        base = "http://localhost:" + APPS.queryPort();
        auditor = new ConsoleApi(base, APPS.commandSide().token("demo-auditor"));
        long position = ConsoleApi.importHistory(APPS.commandSide(), ConsoleTestData.ndjson());
        auditor.json("/api/v1/audit/referrals/" + UNTOUCHED + "/events?minPosition=" + position);
        chromium = new HeadlessChromium();
        signIn(chromium, base, "demo-auditor", 3);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void anUntouchedReferralsEventsAllVerifyInTheBrowser() throws Exception {
        List<WebElement> rows = eventsShown(UNTOUCHED);
        JsonNode stored = auditor.json("/api/v1/audit/referrals/" + UNTOUCHED + "/events");

        assertThat(rows).hasSize(stored.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getText()).contains(stored.get(i).get("hash").asString());
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.getDomAttribute("data-verified")).isEqualTo("true"));
        assertThat(status()).contains("every hash verified in this browser");
        accessibleAndKeyboardUsable(chromium, "audit-events");
    }

    @Test
    @Order(2)
    void anEventEditedInMongoDbFailsVerificationWhileTheOthersVerify() throws Exception {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + APPS.commandSide().mongoPort)) {
            MongoCollection<Document> events = client.getDatabase("nrm").getCollection("events");
            Document commit = events.find(Filters.eq("firstKey", TAMPERED + ":1")).first();
            String payload = commit.getList("events", Document.class).get(0).getString("payload");
            assertThat(payload).contains("POSITIVE");
            events.updateOne(Filters.eq("_id", commit.get("_id")),
                    Updates.set("events.0.payload", payload.replace("POSITIVE", "NEGATIVE")));
        }

        List<WebElement> rows = eventsShown(TAMPERED);
        assertThat(rows).extracting(row -> row.getDomAttribute("data-verified")).containsExactly(
                rows.size() == 3 ? new String[] {"true", "false", "true"} : new String[] {"true", "false"});
        assertThat(rows.get(1).getText()).contains("Not verified").contains("NEGATIVE");
        assertThat(status()).contains("1 failed verification in this browser");
        accessibleAndKeyboardUsable(chromium, "audit-events-tampered");
    }

    @Test
    @Order(3)
    void theIntegrityCheckShowsTheViolationFoundByTheServerAndInTheBrowser() throws Exception {
        chromium.driver.get(base + "/audit/integrity");
        waitUntil(chromium, driver -> driver.findElements(By.cssSelector("#navigation a")).size() == 3);
        chromium.driver.findElement(By.id("check")).click();
        waitUntil(chromium, driver -> status().startsWith("Checked") && status().contains("streams"));

        for (String check : List.of("server-check", "browser-check")) {
            WebElement table = chromium.driver.findElement(By.id(check));
            assertThat(table.getDomAttribute("data-violations")).as(check).isEqualTo("1");
            assertThat(table.findElement(By.cssSelector("tbody tr")).getText()).as(check).startsWith(TAMPERED + " 1 ");
        }
        WebElement progress = chromium.driver.findElement(By.id("progress"));
        assertThat(progress.getDomProperty("value")).isEqualTo(progress.getDomProperty("max"));
        accessibleAndKeyboardUsable(chromium, "audit-integrity");
    }

    @Test
    @Order(4)
    void theGlobalStreamIsDownloadedAsAFile() throws Exception {
        try (var old = Files.list(chromium.downloads)) {
            old.forEach(file -> file.toFile().delete());
        }
        WebElement export = chromium.driver.findElement(By.id("export"));
        chromium.driver.executeScript("arguments[0].focus()", export);
        export.sendKeys(Keys.ENTER);
        Path file = chromium.downloads.resolve("audit-events.ndjson");
        waitUntil(chromium, driver -> Files.exists(file) && status().startsWith("Downloaded"));
        String api = auditor.get("/api/v1/audit/events", "application/x-ndjson").body();
        assertThat(Files.readString(file)).isEqualTo(api).contains(TAMPERED);
    }

    @Test
    @Order(5)
    void theRecordedBeforeTimelineShowsWhatWasRecordedBeforeTheInstant() throws Exception {
        String before = Instant.now().plusSeconds(60).toString().substring(0, 19);
        chromium.driver.get(base + "/audit/timeline?referral=" + UNTOUCHED + "&recordedBefore=" + before);
        waitUntil(chromium, driver -> status().startsWith("Showing") || status().startsWith("Could not"));
        JsonNode timeline = auditor.json("/api/v1/audit/referrals/" + UNTOUCHED + "/timeline?recordedBefore=" + before + "Z");
        assertThat(status()).startsWith("Showing").contains(timeline.get("events").size() + " events");
        assertThat(chromium.driver.findElements(By.cssSelector("#table table")).get(0)
                .findElements(By.cssSelector("tbody tr"))).hasSize(timeline.get("events").size());
        accessibleAndKeyboardUsable(chromium, "audit-timeline");

        chromium.driver.findElement(By.id("recordedBefore")).sendKeys("01012020", Keys.TAB, "0000");
        chromium.driver.findElement(By.cssSelector("#filters button")).click();
        waitUntil(chromium, driver -> status().startsWith("Could not"));
        assertThat(status()).as("nothing was recorded before 2020").startsWith("Could not read the timeline");
    }

    @Test
    @Order(6)
    void theBrowsersCanonicalJsonIsTheServersForTheRfcsExamples() {
        // RFC 8785 §3.2.2 (numbers, escapes, literals) and §3.2.3 (keys sorted by UTF-16 code units)
        List<String> examples = List.of("""
                {"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                 "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                 "literals": [null, true, false]}""", """
                {"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                 "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",
                 "\\u00f6": "Latin Small Letter O With Diaeresis", "nested": {"b": [1, {"z": 0.1, "a": -0}], "a": 1e21}}""");
        for (String json : examples) {
            Object browser = chromium.driver.executeAsyncScript("const done = arguments[1];"
                    + "import('/console/assets/js/jcs.js').then(m => done(m.canonicalize(JSON.parse(arguments[0]))));", json);
            assertThat(browser).as(json).isEqualTo(CanonicalJson.canonicalize(json));
        }
    }

    @Test
    @Order(7)
    void anAdministratorStartsARebuildAndSeesItComplete() throws Exception {
        chromium.close();
        chromium = new HeadlessChromium();
        signIn(chromium, base, "demo-admin", 1);
        chromium.driver.get(base + "/admin/read-models");
        waitUntil(chromium, driver -> !driver.findElements(By.cssSelector("#table tbody tr")).isEmpty());
        JsonNode positions = new ConsoleApi(base, APPS.commandSide().token("demo-admin")).json("/api/v1/admin/read-models");
        assertThat(chromium.driver.findElements(By.cssSelector("#table tbody tr"))).hasSize(positions.get("processors").size());
        assertThat(positions.get("head").asLong()).isPositive();

        chromium.driver.findElement(By.id("rebuild")).click();
        waitUntil(chromium, driver -> status().startsWith("Rebuild completed") || status().startsWith("The rebuild failed")
                || status().startsWith("Could not"));
        assertThat(status()).startsWith("Rebuild completed");
        WebElement progress = chromium.driver.findElement(By.id("progress"));
        assertThat(progress.getDomAttribute("data-state")).isEqualTo("COMPLETED");
        assertThat(progress.getDomProperty("value")).isEqualTo(progress.getDomProperty("max"));
        accessibleAndKeyboardUsable(chromium, "admin-read-models");
    }

    private static List<WebElement> eventsShown(String referralId) {
        chromium.driver.get(base + "/audit/events");
        waitUntil(chromium, driver -> driver.findElements(By.cssSelector("#navigation a")).size() == 3);
        WebElement field = chromium.driver.findElement(By.id("referral"));
        field.clear();
        field.sendKeys(referralId, Keys.ENTER);
        waitUntil(chromium, driver -> status().startsWith("Showing") || status().startsWith("Could not"));
        return chromium.driver.findElements(By.cssSelector("#table tbody tr"));
    }

    private static String status() {
        return chromium.driver.findElement(By.id("status")).getText();
    }

    private static String referral(int i) {
        return UUID.nameUUIDFromBytes(("console-" + i).getBytes()).toString();
    }
}
