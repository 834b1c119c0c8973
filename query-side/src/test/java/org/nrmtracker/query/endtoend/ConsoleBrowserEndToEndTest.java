package org.nrmtracker.query.endtoend;

import org.junit.jupiter.api.AfterAll;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (docs/console.md): an analyst signs in on the local login page, opens each page
 * with filters, sees in its table exactly what the API answers a bearer token for the same request (suppressed
 * groups as suppressed), downloads the same CSV, reaches every control with the keyboard, meets axe-core's rules
 * with no serious or critical violation, and signs out; a screenshot of each page is kept under {@code target/}.
 */
@ExtendWith(ChromiumInstalled.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserEndToEndTest {

    @RegisterExtension
    static final RunningBothApplications APPS = new RunningBothApplications();

    private static HeadlessChromium chromium;
    private static ConsoleApi api;
    private static String base;
    private static long position;

    @BeforeAll
    static void importHistoryAndOpenTheBrowser() throws Exception {
        base = "http://localhost:" + APPS.queryPort();
        api = new ConsoleApi(base, APPS.commandSide().token("demo-analyst"));
        position = ConsoleApi.importHistory(APPS.commandSide(), ConsoleTestData.ndjson());
        api.json("/api/v1/statistics/backlog?minPosition=" + position);
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void anAnalystSignsInOnTheLoginPageAndSeesTheAnalystsPages() throws Exception {
        chromium.driver.get(base + "/");
        waitUntil(driver -> driver.getCurrentUrl().contains("/login"));
        assertThat(chromium.driver.getCurrentUrl()).as("the command side's login page")
                .startsWith("http://127.0.0.1:" + APPS.commandSide().httpPort + "/login");
        chromium.screenshot("sign-in");
        chromium.driver.findElement(By.id("username")).sendKeys("demo-analyst");
        chromium.driver.findElement(By.id("password")).sendKeys("demo-analyst-password", Keys.ENTER);

        waitUntil(driver -> driver.findElements(By.cssSelector("#navigation a")).size() == 4);
        assertThat(chromium.driver.getCurrentUrl()).isEqualTo(base + "/");
        assertThat(chromium.driver.findElement(By.id("person")).getText()).isEqualTo("Signed in as demo-analyst");
        assertThat(chromium.driver.manage().getCookies()).as("no token in a cookie the page can read")
                .allSatisfy(cookie -> assertThat(cookie.getName()).isIn("NRM_CONSOLE", "XSRF-TOKEN"));
        assertThat((Object) chromium.driver.executeScript("return window.localStorage.length + window.sessionStorage.length"))
                .isEqualTo(0L);
        assertThat(chromium.driver.manage().getCookieNamed("NRM_CONSOLE").isHttpOnly()).isTrue();
        accessibleAndKeyboardUsable("home");
    }

    @Test
    @Order(2)
    void waitsShowTheCohortFiguresByQuarter() throws Exception {
        checkPage("waits", "referredFrom=2023-01-01&dimension=JURISDICTION&windows=45,90",
                "/api/v1/statistics/referral-cohorts?groupBy=REFERRAL_QUARTER,JURISDICTION&referredFrom=2023-01-01&windows=45,90",
                answer -> rows(answer.get("groups"), "/referrals", "/reasonableGrounds/days/median",
                        "/reasonableGrounds/days/p90", "/conclusiveGrounds/daysFromReasonableGrounds/median",
                        "/conclusiveGrounds/daysFromReasonableGrounds/p90", "/windows/0/metRate", "/windows/1/metRate"));
    }

    @Test
    @Order(3)
    void decisionsShowTheirCountsAndPositiveRatesPerQuarter() throws Exception {
        checkPage("decisions", "stage=REASONABLE_GROUNDS&dimension=JURISDICTION",
                "/api/v1/statistics/decisions?stage=REASONABLE_GROUNDS&groupBy=DECISION_QUARTER,JURISDICTION",
                answer -> rows(answer.get("groups"), "/decided", "/positive", "/negative", "/positiveRate"));
    }

    @Test
    @Order(4)
    void survivalShowsEachGroupsMedianWithItsInterval() throws Exception {
        String path = "/api/v1/statistics/conclusive-grounds-survival?groupBy=JURISDICTION&referredFrom=2023-01-01";
        checkPage("survival", "referredFrom=2023-01-01&dimension=JURISDICTION", path,
                answer -> rows(answer.get("groups"), "/n", "/events", "/median", "/medianLower95", "/medianUpper95"));
    }

    @Test
    @Order(5)
    void backlogShowsEachMonthEnd() throws Exception {
        String path = "/api/v1/statistics/backlog-series?from=2023-01-01&to=2024-12-31&interval=MONTH&windows=45,90";
        checkPage("backlog", "from=2023-01-01&to=2024-12-31&interval=MONTH&windows=45,90", path, answer -> {
            List<JsonNode> groups = new ArrayList<>();
            answer.get("points").forEach(point -> point.get("groups").forEach(groups::add));
            return rows(groups, "/awaitingReasonableGrounds", "/awaitingConclusiveGrounds", "/beyondWindow/0/count",
                    "/beyondWindow/1/count");
        });
    }

    @Test
    @Order(6)
    void aStateChangingRequestWithTheSessionNeedsTheCsrfToken() {
        chromium.driver.get(base + "/analysis/waits");
        waitUntil(driver -> driver.findElements(By.cssSelector("#navigation a")).size() == 4);
        String post = "const done = arguments[1]; const token = document.cookie.split('; ')"
                + ".find(c => c.startsWith('XSRF-TOKEN=')).substring(11);"
                + "fetch('/api/v1/audit/integrity-checks', {method: 'POST', headers: arguments[0] ? {'X-XSRF-TOKEN': token} : {}})"
                + ".then(r => r.text()).then(done);";

        assertThat((String) chromium.driver.executeAsyncScript(post, false)).as("without the CSRF token").contains("CSRF token");
        assertThat((String) chromium.driver.executeAsyncScript(post, true)).as("with it, the analyst's scopes decide")
                .contains("scopes do not allow");
    }

    @Test
    @Order(7)
    void signingOutEndsTheSession() {
        chromium.driver.get(base + "/analysis/waits");
        waitUntil(driver -> driver.findElements(By.cssSelector("#navigation a")).size() == 4);
        chromium.driver.findElement(By.id("sign-out")).click();
        waitUntil(driver -> driver.getCurrentUrl().endsWith("/console/signed-out"));
        Object status = chromium.driver.executeAsyncScript(
                "const done = arguments[0]; fetch('/api/v1/statistics/backlog').then(r => done(r.status));");
        assertThat(status).as("the API refuses the browser once signed out").isEqualTo(401L);
    }

    private static void checkPage(String page, String filters, String apiPath, Function<JsonNode, List<List<String>>> expected)
            throws Exception {
        chromium.driver.get(base + "/analysis/" + page + "?" + filters);
        waitUntil(driver -> driver.findElement(By.id("status")).getText().startsWith("Showing")
                || driver.findElement(By.id("status")).getText().startsWith("Could not"));
        assertThat(chromium.driver.findElement(By.id("status")).getText()).startsWith("Showing");

        List<List<String>> shown = shownRows();
        List<List<String>> answered = expected.apply(api.json(apiPath));
        assertThat(shown).as("the table shows what the API answers").isEqualTo(answered);
        assertThat(shown).as("figures, not only suppressed groups").anySatisfy(row -> assertThat(row).doesNotContain("suppressed"));
        assertThat(shown).as("suppressed groups shown as suppressed").anySatisfy(row -> assertThat(row).containsOnly("suppressed"));

        accessibleAndKeyboardUsable(page);
        downloadedCsvIsTheApis(page, apiPath);
    }

    private static List<List<String>> shownRows() {
        WebElement table = chromium.driver.findElement(By.cssSelector("#table table"));
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("td[data-value]")).stream().map(cell -> {
                    String value = cell.getDomAttribute("data-value");
                    assertThat(cell.getText()).as("a suppressed cell says so").isEqualTo("suppressed".equals(value) ? "suppressed" : cell.getText());
                    return normal(value);
                }).toList())
                .toList();
    }

    private static List<List<String>> rows(Iterable<JsonNode> groups, String... values) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode group : groups) {
            List<String> row = new ArrayList<>();
            for (String value : values) {
                JsonNode node = group.at(value);
                row.add(group.get("suppressed").asBoolean() ? "suppressed"
                        : node.isMissingNode() || node.isNull() ? "" : normal(node.asString()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String normal(String value) {
        return value == null || value.isEmpty() || value.equals("suppressed") ? (value == null ? "" : value)
                : new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    private static void downloadedCsvIsTheApis(String page, String apiPath) throws Exception {
        try (var old = Files.list(chromium.downloads)) {
            old.forEach(file -> file.toFile().delete());
        }
        WebElement download = chromium.driver.findElement(By.id("download"));
        chromium.driver.executeScript("arguments[0].focus()", download);
        download.sendKeys(Keys.ENTER);
        waitUntil(driver -> csvIn(chromium.downloads) != null);
        assertThat(Files.readString(csvIn(chromium.downloads))).as(page + " CSV").isEqualTo(api.csv(apiPath));
    }

    private static Path csvIn(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void accessibleAndKeyboardUsable(String page) throws Exception {
        ConsoleChecks.accessibleAndKeyboardUsable(chromium, page);
    }

    private static void waitUntil(Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        ConsoleChecks.waitUntil(chromium, condition);
    }
}
