package org.nrmtracker.query.endtoend;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers' console in a real browser (docs/console.md): {@code demo-provider} records a referral and a
 * decision through the forms (writes forwarded to the command side with its session's token), sees the API's
 * refusal beside the field it names, finds the referral in its caseload, on its timeline and by its reference;
 * {@code demo-provider-2}, another organisation, reaches none of it. Each page meets axe-core's rules and works
 * from the keyboard; screenshots under {@code target/console-screenshots}.
 */
@ExtendWith(ChromiumInstalled.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderConsoleBrowserEndToEndTest {

    @RegisterExtension
    static final RunningBothApplications APPS = new RunningBothApplications();

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String REFERENCE = "console-" + UUID.randomUUID().toString().substring(0, 8);

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
    void itSeesTheReferralInItsCaseloadAndFindsItByItsReference() throws Exception {
        chromium.driver.get(base + "/caseload?within=3650");
        waitUntil(driver -> driver.findElement(By.id("caseload-status")).getText().contains("coming up"));
        WebElement link = chromium.driver.findElement(By.cssSelector("#caseload a[href='/referrals/" + referralId + "']"));
        assertThat(link.getText()).isEqualTo(REFERENCE);
        // recovery period: positive RG 10 days ago + 30 days (England and Wales) = 20 days left
        assertThat(link.findElement(By.xpath("./ancestor::tr")).getText()).contains("Recovery period ends", "20");

        chromium.driver.findElement(By.id("subjectRef")).sendKeys(REFERENCE, Keys.ENTER);
        waitUntil(driver -> driver.findElement(By.id("search-status")).getText().contains("found"));
        assertThat(chromium.driver.findElement(By.id("search-status")).getText()).isEqualTo("1 referral found.");
        accessibleAndKeyboardUsable("provider-caseload");
    }

    @Test
    @Order(4)
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
        chromium.driver.get(base + "/");
        waitUntil(driver -> driver.getCurrentUrl().contains("/login"));
        chromium.driver.findElement(By.id("username")).sendKeys(person);
        chromium.driver.findElement(By.id("password")).sendKeys(person + "-password", Keys.ENTER);
        waitUntil(driver -> driver.findElements(By.cssSelector("#navigation a")).size() == 6);
    }

    private static List<String> navigation() {
        return chromium.driver.findElements(By.cssSelector("#navigation a")).stream().map(WebElement::getText).toList();
    }

    /** A date field as a person types it (Chromium's date input takes the day, month and year in the locale's order). */
    private static void date(String id, LocalDate date) {
        chromium.driver.executeScript("arguments[0].value = arguments[1]", chromium.driver.findElement(By.id(id)),
                date.toString());
    }

    /** No serious or critical axe-core violation; every link, button and field reached with Tab alone. */
    private static void accessibleAndKeyboardUsable(String page) throws Exception {
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(chromium.driver);
        List<String> serious = axe.getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact())).map(Rule::getId).toList();
        assertThat(serious).as(page + ": serious or critical accessibility violations").isEmpty();
        assertThat(chromium.consoleMessages()).as(page + ": no script error, nothing the Content-Security-Policy refused")
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Uncaught"));
        List<WebElement> controls = chromium.driver.findElements(By.cssSelector(
                "a[href], button, input, select, [tabindex='0']")).stream().filter(WebElement::isDisplayed).toList();
        chromium.driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        List<WebElement> reached = new ArrayList<>();
        for (int tab = 0; tab < controls.size() * 4 + 10 && !reached.containsAll(controls); tab++) {
            new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
            reached.add(chromium.driver.switchTo().activeElement());
        }
        assertThat(controls).as(page + ": every control reached with Tab").allSatisfy(control -> assertThat(reached)
                .as(control.getTagName() + "#" + control.getDomAttribute("id")).contains(control));
        chromium.screenshot(page);
    }

    private static void waitUntil(Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(chromium.driver, Duration.ofSeconds(30)).until(condition::apply);
    }
}
