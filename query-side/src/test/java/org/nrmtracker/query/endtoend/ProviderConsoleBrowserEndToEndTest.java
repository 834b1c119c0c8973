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
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers' console in a real browser (docs/console.md): {@code demo-provider} records a referral and a
 * decision through the forms (writes forwarded to the command side with its session's token), sees the API's
 * refusal beside the field it names, corrects a date and the referral and retracts an event through the forms,
 * finds the referral in its caseload (as corrected), on its timeline and by its reference, reads the analyses of its
 * own referrals and erases the personal data; {@code demo-provider-2}, another organisation, reaches none of it. Each page meets axe-core's rules and works
 * from the keyboard; screenshots under {@code target/console-screenshots}.
 */
@ExtendWith(ChromiumInstalled.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderConsoleBrowserEndToEndTest {

    @RegisterExtension
    static final RunningBothApplications APPS = new RunningBothApplications();

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String REFERENCE = "console-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ORGANISATION = "Kent Police";

    private static HeadlessChromium chromium;
    private static String base;
    private static String referralId;

    @BeforeAll
    static void openTheBrowser() throws Exception {
        base = "http://localhost:" + APPS.queryPort();
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
    void aProviderRecordsAReferralThroughTheFormAndSeesTheApisRefusalBesideItsField() throws Exception {
        signIn("demo-provider");
        assertThat(navigation()).contains("Caseload", "Record a referral", "Waits against the windows");
        chromium.driver.get(base + "/referrals/new");
        waitUntil(driver -> navigation().size() == 6);
        accessibleAndKeyboardUsable("provider-new-referral");
        date("referredOn", TODAY.minusDays(20));
        chromium.driver.findElement(By.id("subjectRef")).sendKeys(REFERENCE);
        chromium.driver.findElement(By.id("firstResponderOrganisation")).sendKeys(ORGANISATION);
        chromium.driver.findElement(By.id("nationalities")).sendKeys("ZZZ");
        chromium.driver.findElement(By.cssSelector("#referral button[type=submit]")).click();

        waitUntil(driver -> !driver.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        WebElement nationalities = chromium.driver.findElement(By.id("nationalities"));
        assertThat(nationalities.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(chromium.driver.findElement(By.id(nationalities.getDomAttribute("aria-describedby"))).getText())
                .as("the API's message beside the field it names").startsWith("survivor.nationalities");
        chromium.screenshot("provider-new-referral-refused");

        nationalities.clear();
        nationalities.sendKeys("ALB");
        chromium.driver.findElement(By.cssSelector("#referral button[type=submit]")).click();
        waitUntil(driver -> driver.getCurrentUrl().contains("/referrals/") && !driver.getCurrentUrl().endsWith("/new"));
        referralId = chromium.driver.getCurrentUrl().replaceAll(".*/referrals/([^?]+).*", "$1");
        waitUntil(driver -> driver.findElement(By.id("title")).getText().equals("Referral " + REFERENCE));
    }

    @Test
    @Order(2)
    void itRecordsADecisionAndSeesItOnTheTimeline() throws Exception {
        new Select(chromium.driver.findElement(By.id("type"))).selectByValue("REASONABLE_GROUNDS_DECISION");
        date("date", TODAY.minusDays(10));
        new Select(chromium.driver.findElement(By.id("detail"))).selectByValue("POSITIVE");
        chromium.driver.findElement(By.cssSelector("#event button[type=submit]")).click();

        waitUntil(driver -> driver.findElement(By.id("events")).getText().contains("Reasonable grounds decision"));
        assertThat(chromium.driver.findElement(By.id("summary")).getText())
                .contains("Awaiting conclusive grounds", TODAY.minusDays(10).plusDays(30).toString());
        assertThat(chromium.driver.findElement(By.id("chart")).getDomAttribute("aria-label"))
                .contains("recovery period from " + TODAY.minusDays(10), "today " + TODAY);
        accessibleAndKeyboardUsable("provider-referral");
    }

    @Test
    @Order(3)
    void itCorrectsTheDecisionDateAndTheReferralAndRetractsAnEventThroughTheForms() throws Exception {
        // the decision was 12 days ago, not 10: the form starts from the event as it stands
        new Select(element("amended")).selectByVisibleText("1: Reasonable grounds decision, " + TODAY.minusDays(10));
        assertThat(element("replacement-date").getDomProperty("value")).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(new Select(element("replacement-detail")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("POSITIVE");
        chromium.driver.executeScript("arguments[0].value = ''", element("replacement-date"));
        element("amendment-submit").click();
        waitUntil(driver -> "true".equals(element("replacement-date").getDomAttribute("aria-invalid")));
        assertThat(element(element("replacement-date").getDomAttribute("aria-describedby")).getText())
                .as("the API's message beside the field it names").startsWith("replacement.decidedOn");

        date("replacement-date", TODAY.minusDays(12));
        element("amendment-submit").click();
        waitUntil(driver -> eventRow("Reasonable grounds decision").contains("Corrected by 2: Data entry error"));
        assertThat(eventRow("Reasonable grounds decision")).contains(TODAY.minusDays(12).toString());
        assertThat(element("summary").getText()).contains(TODAY.minusDays(12).plusDays(30).toString());

        // the referral itself: every field as it stands, the reference and the first responder's organisation too
        new Select(element("amended")).selectByValue("0");
        assertThat(element("replacement-subjectRef").getDomProperty("value")).isEqualTo(REFERENCE);
        assertThat(element("replacement-firstResponderOrganisation").getDomProperty("value")).isEqualTo(ORGANISATION);
        assertThat(element("replacement-nationalities").getDomProperty("value")).isEqualTo("ALB");
        new Select(element("replacement-gender")).selectByValue("MALE");
        element("amendment-submit").click();
        waitUntil(driver -> eventRow("Referred").contains("Corrected by 3: Data entry error"));
        assertThat(element("title").getText()).isEqualTo("Referral " + REFERENCE);

        // the end of support recorded on the wrong referral, then retracted: it never happened
        new Select(element("type")).selectByValue("SUPPORT_ENDED");
        date("date", TODAY.minusDays(5));
        new Select(element("detail")).selectByValue("MOVED_ON");
        chromium.driver.findElement(By.cssSelector("#event button[type=submit]")).click();
        waitUntil(driver -> eventRow("Support ended").contains(TODAY.minusDays(5).toString()));
        new Select(element("amended")).selectByValue("4");
        element("action-retract").click();
        assertThat(element("replacement-event").isDisplayed()).isFalse();
        new Select(element("amendment-reason")).selectByValue("WRONG_REFERRAL");
        element("amendment-submit").click();
        waitUntil(driver -> eventRow("Support ended").contains("Retracted by 5: Wrong referral"));
        assertThat(new Select(element("amended")).getOptions()).extracting(WebElement::getText)
                .as("a retracted event is amended no more").noneMatch(text -> text.startsWith("4:"));
        accessibleAndKeyboardUsable("provider-referral-corrected");
    }

    @Test
    @Order(4)
    void itSeesTheReferralInItsCaseloadAndFindsItByItsReference() throws Exception {
        chromium.driver.get(base + "/caseload?within=3650");
        waitUntil(driver -> driver.findElement(By.id("caseload-status")).getText().contains("coming up"));
        WebElement link = chromium.driver.findElement(By.cssSelector("#caseload a[href='/referrals/" + referralId + "']"));
        assertThat(link.getText()).isEqualTo(REFERENCE);
        // recovery period: positive RG 12 days ago as corrected + 30 days (England and Wales) = 18 days left
        assertThat(link.findElement(By.xpath("./ancestor::tr")).getText()).contains("Recovery period ends", "18");

        chromium.driver.findElement(By.id("subjectRef")).sendKeys(REFERENCE, Keys.ENTER);
        waitUntil(driver -> driver.findElement(By.id("search-status")).getText().contains("found"));
        assertThat(chromium.driver.findElement(By.id("search-status")).getText()).isEqualTo("1 referral found.");
        accessibleAndKeyboardUsable("provider-caseload");
    }

    @Test
    @Order(5)
    void itReadsTheAnalysesOfItsOwnOrganisationsReferrals() throws Exception {
        chromium.driver.get(base + "/analysis/waits");
        waitUntil(driver -> element("status").getText().startsWith("Showing"));
        assertThat(element("scope").getText()).startsWith("These figures count only demo-provider-org");
        accessibleAndKeyboardUsable("provider-waits");
    }

    @Test
    @Order(6)
    void itErasesThePersonalDataThroughTheForm() throws Exception {
        chromium.driver.get(base + "/referrals/" + referralId);
        waitUntil(driver -> element("title").getText().equals("Referral " + REFERENCE));
        new Select(element("reason")).selectByValue("DATA_SUBJECT_REQUEST");
        chromium.driver.findElement(By.cssSelector("#erasure button[type=submit]")).click();
        waitUntil(driver -> element("summary").getText().contains("Erased"));
        assertThat(element("title").getText()).isEqualTo("Referral");
        assertThat(eventRow("Personal data erased")).contains(TODAY.toString());
        assertThat(chromium.driver.getPageSource()).doesNotContain(REFERENCE);

        chromium.driver.get(base + "/caseload?within=3650");
        waitUntil(driver -> element("caseload-status").getText().contains("coming up"));
        element("subjectRef").sendKeys(REFERENCE, Keys.ENTER);
        waitUntil(driver -> !element("search-status").getText().isEmpty());
        assertThat(element("search-status").getText()).isEqualTo("No referral of yours has this reference.");
    }

    @Test
    @Order(7)
    void anotherOrganisationsProviderReachesNoneOfIt() throws Exception {
        chromium.driver.findElement(By.id("sign-out")).click();
        waitUntil(driver -> driver.getCurrentUrl().endsWith("/console/signed-out"));
        // the issuer's own session outlives the console's (docs/console.md): another person, another browser session
        chromium.driver.get("http://127.0.0.1:" + APPS.commandSide().httpPort + "/login");
        chromium.driver.manage().deleteAllCookies();
        signIn("demo-provider-2");

        chromium.driver.get(base + "/referrals/" + referralId);
        waitUntil(driver -> driver.findElement(By.id("referral-status")).getText().startsWith("No referral"));
        assertThat(chromium.driver.getPageSource()).doesNotContain(REFERENCE);

        chromium.driver.get(base + "/caseload?within=3650");
        waitUntil(driver -> driver.findElement(By.id("caseload-status")).getText().contains("coming up"));
        assertThat(chromium.driver.findElements(By.cssSelector("a[href='/referrals/" + referralId + "']"))).isEmpty();
        chromium.driver.findElement(By.id("subjectRef")).sendKeys(REFERENCE, Keys.ENTER);
        waitUntil(driver -> !driver.findElement(By.id("search-status")).getText().isEmpty());
        assertThat(chromium.driver.findElement(By.id("search-status")).getText())
                .isEqualTo("No referral of yours has this reference.");

        Object erasure = chromium.driver.executeAsyncScript("const done = arguments[1]; const token = document.cookie"
                + ".split('; ').find(c => c.startsWith('XSRF-TOKEN=')).substring(11); fetch('/console/api/v1/referrals/'"
                + " + arguments[0] + '/erasure', {method: 'POST', headers: {'X-XSRF-TOKEN': token, 'Content-Type': "
                + "'application/json'}, body: '{\"reason\":\"RECORDED_IN_ERROR\"}'}).then(r => done(r.status));", referralId);
        assertThat(erasure).as("its writes are the command side's: another organisation's referral is unknown")
                .isEqualTo(404L);
    }

    private static void signIn(String person) {
        ConsoleChecks.signIn(chromium, base, person, 6);
    }

    private static List<String> navigation() {
        return chromium.driver.findElements(By.cssSelector("#navigation a")).stream().map(WebElement::getText).toList();
    }

    /** A date field as a person types it (Chromium's date input takes the day, month and year in the locale's order). */
    private static void date(String id, LocalDate date) {
        chromium.driver.executeScript("arguments[0].value = arguments[1]", chromium.driver.findElement(By.id(id)),
                date.toString());
    }

    private static void accessibleAndKeyboardUsable(String page) throws Exception {
        ConsoleChecks.accessibleAndKeyboardUsable(chromium, page);
    }

    private static void waitUntil(Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        ConsoleChecks.waitUntil(chromium, condition);
    }

    private static WebElement element(String id) {
        return chromium.driver.findElement(By.id(id));
    }

    /** The row of the events table whose first cell names the event. */
    private static String eventRow(String event) {
        return element("events").findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.startsWith(event)).findFirst().orElse("");
    }
}
