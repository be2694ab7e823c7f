package fi.aloitepolku.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the Debian chromedriver. Nothing is downloaded: Selenium Manager
 * is bypassed and Chromium's own background traffic is switched off (the machine has no internet).
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    public Browser() {
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("app.buildDir", "target")), "chromium-");
            var options = new ChromeOptions();
            options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1024", "--lang=fi-FI",
                    "--user-data-dir=" + profile);
            // A Finnish browser, as most residents' are (Accept-Language: fi)
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fi-FI,fi"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return wait(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Replaces a field's text as a person would (select all, type), so widgets with masks see keystrokes. */
    public void type(String css, String text) {
        var field = find(css);
        field.click();
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
        // Close any popup the field opened (e.g. a date picker) so it does not cover the buttons
        field.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    /**
     * The element's text once the page has settled: an element found while the next page replaces this one goes
     * stale, so the read is retried (a URL can change before its page has finished loading).
     */
    public String text(String css) {
        return wait(10).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    public String source() {
        return driver.getPageSource();
    }

    public WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Waits until the page shows this text somewhere. */
    public void waitForText(String text) {
        try {
            wait(15).until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The page never showed \"" + text + "\". It is " + driver.getCurrentUrl()
                    + " and says:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Waits until the browser is on a URL containing this; on timeout, says what the page shows instead. */
    public void waitForUrl(String fragment) {
        try {
            wait(15).until(d -> d.getCurrentUrl().contains(fragment)
                    && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Never reached " + fragment + ". The browser is at " + driver.getCurrentUrl()
                    + " and the page says:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Element ids with Faces' ":" separators, as a CSS selector. */
    public static String id(String clientId) {
        return "#" + clientId.replace(":", "\\:");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
