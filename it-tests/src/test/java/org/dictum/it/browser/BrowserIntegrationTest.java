package org.dictum.it.browser;

import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of the browser ITs: a fresh headless Chromium per test (skipped with a message where it is not installed),
 * quit after it, and the API of the deployed WAR for arranging data. A subclass's own {@code @BeforeEach} runs after
 * this one's, with both ready.
 */
abstract class BrowserIntegrationTest extends ClientSideIntegrationTest {

    protected HttpApi api;
    protected ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        Browser.assumeInstalled();
        api = new HttpApi(baseUrl);
        browser = Browser.start();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
