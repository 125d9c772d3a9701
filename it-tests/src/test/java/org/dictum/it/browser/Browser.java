package org.dictum.it.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, in a fresh profile each time (so a new
 * browser is a new session). Tests skip, with a message, where Chromium is not installed.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("dictum.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dictum.it.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver not found at " + CHROMIUM + " / " + CHROMEDRIVER
                        + ": skipping browser tests (apt-get install chromium chromium-driver)");
    }

    static ChromeDriver start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("dictum-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1366,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Waits up to 15 seconds for {@code condition}. A page or Ajax update replaces the elements a condition reads: a
     * stale one means "not yet", not failure.
     */
    static <T> T await(WebDriver browser, ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Logs {@code user} in (password {@link ItAccounts#PASSWORD}) on the login page and waits for the portal to say so. */
    static void logIn(WebDriver browser, HttpApi api, String user) {
        browser.get(api.resolve("login.xhtml").toString());
        browser.findElement(By.id("login:name")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(ItAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        await(browser, ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }
}
