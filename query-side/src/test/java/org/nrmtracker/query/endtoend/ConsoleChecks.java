package org.nrmtracker.query.endtoend;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** What every console page's browser test checks: sign-in on the login page, accessibility and the keyboard. */
final class ConsoleChecks {

    private ConsoleChecks() {
    }

    /** Signs in on the command side's login page from the console's start page; waits for the navigation. */
    static void signIn(HeadlessChromium chromium, String base, String person, int pages) {
        chromium.driver.get(base + "/");
        waitUntil(chromium, driver -> driver.getCurrentUrl().contains("/login"));
        chromium.driver.findElement(By.id("username")).sendKeys(person);
        chromium.driver.findElement(By.id("password")).sendKeys(person + "-password", Keys.ENTER);
        waitUntil(chromium, driver -> driver.findElements(By.cssSelector("#navigation a")).size() == pages);
        assertThat(chromium.driver.findElement(By.id("person")).getText()).isEqualTo("Signed in as " + person);
    }

    /** No serious or critical axe-core violation, no script error; every control reached with Tab; a screenshot. */
    static void accessibleAndKeyboardUsable(HeadlessChromium chromium, String page) throws Exception {
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(chromium.driver);
        List<String> serious = axe.getViolations().stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(Rule::getId).toList();
        assertThat(serious).as(page + ": serious or critical accessibility violations").isEmpty();
        assertThat(chromium.consoleMessages()).as(page + ": no script error, nothing the Content-Security-Policy refused")
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Uncaught"));

        List<WebElement> controls = chromium.driver.findElements(By.cssSelector(
                "a[href], button, input, select, [tabindex='0']")).stream().filter(WebElement::isDisplayed).toList();
        chromium.driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        List<WebElement> reached = new ArrayList<>();
        // a date or date-and-time field takes a Tab for each of its parts
        for (int tab = 0; tab < controls.size() * 8 + 10 && !reached.containsAll(controls); tab++) {
            new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
            reached.add(chromium.driver.switchTo().activeElement());
        }
        assertThat(controls).as(page + ": every control reached with Tab")
                .allSatisfy(control -> assertThat(reached).as(control.getTagName() + "#" + control.getDomAttribute("id"))
                        .contains(control));
        chromium.screenshot(page);
    }

    /** Waits up to a minute; when the page never gets there, the failure says what it showed instead. */
    static void waitUntil(HeadlessChromium chromium, Function<WebDriver, Boolean> condition) {
        try {
            // a page replaces what it shows after each write: an element read while it was being replaced is read again
            new WebDriverWait(chromium.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            try {
                chromium.screenshot("timed-out");
            } catch (java.io.IOException unsaved) {
                e.addSuppressed(unsaved);
            }
            throw new AssertionError("The page never got there; it shows: "
                    + chromium.driver.findElement(By.tagName("main")).getText() + "\nBrowser console: "
                    + chromium.consoleMessages(), e);
        }
    }
}
