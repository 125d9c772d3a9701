package org.dictum.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.util.UUID;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.ReindexRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search index page in real headless Chromium: an administrator starts a reindex and, without the page being
 * reloaded, hears its progress and end in the page's polite live region and gets the start button back. The IT
 * server reindexes 5 records per batch (arquillian.xml), so that a run on 40 articles lasts several refreshes.
 */
class BrowserReindexIT extends BrowserIntegrationTest {

    @BeforeEach
    void archive() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 40; i++) {
            assertThat(api.postJson("api/articles", Json.createObjectBuilder().add("title", "Index " + marker + " " + i)
                    .add("text", "The plan " + i + " will work, the minister said on Monday. Ref " + marker + ".")
                    .build().toString()).status()).isEqualTo(201);
        }
        ReindexRuns.awaitIdle(api);
        Browser.logIn(browser, api, ItAccounts.createUser(api, "browser-indexer", "admin"));
    }

    @Test
    void a_run_s_end_is_announced_in_the_live_region_and_the_start_button_comes_back_without_a_reload() {
        browser.get(api.resolve("admin/index.xhtml").toString());
        browser.findElement(By.id("start:submit")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Reindex started"));
        browser.executeScript("window.dictumNotReloaded = true;");

        new WebDriverWait(browser, Duration.ofMinutes(2)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(By.id("progress:announcement"), "textContent", "succeeded"));

        assertThat(browser.executeScript("return window.dictumNotReloaded === true;")).as("the page was not reloaded").isEqualTo(true);
        assertThat(browser.findElement(By.id("progress-announcer")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.id("progress:announcement")).getAttribute("textContent"))
                .matches("Reindex run \\d+ succeeded: [\\d,]+ of [\\d,]+ documents rewritten\\.");
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("start:submit")));
    }
}
