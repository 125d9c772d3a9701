package org.dictum.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.UUID;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A librarian in real headless Chromium corrects an article's title with a reason and reads the
 * change in its history; then picks a mentioned actor for a statement from the suggestions the
 * correction form offers as they type, and saves the correction.
 */
class BrowserHistoryIT extends BrowserIntegrationTest {

    private String librarian;
    private String marker;
    private long articleId;

    @BeforeEach
    void setUp() {
        librarian = ItAccounts.createUser(api, "browser-historian", "librarian");
        marker = UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Reply stored = api.postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Talks in Geneva " + marker).add("publishedAt", "2022-01-09")
                .add("text", "Talks will resume next week, the minister said on Saturday. Ref " + marker + ".")
                .build().toString());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        articleId = stored.json().getJsonNumber("id").longValue();
        Browser.logIn(browser, api, librarian);
    }

    @Test
    void librarian_corrects_the_title_and_reads_who_changed_what_and_why_in_the_history() {
        browser.get(api.resolve("article.xhtml?id=" + articleId).toString());
        WebElement title = browser.findElement(By.id("metadata:title"));
        title.clear();
        title.sendKeys("Talks in Geneva resume " + marker);
        browser.findElement(By.id("metadata:reason")).sendKeys("headline as printed");
        browser.findElement(By.id("metadata:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-messages"), "Article details saved."));
        assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("Talks in Geneva resume " + marker);

        browser.findElement(By.id("history-link")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revisions")));

        WebElement latest = browser.findElement(By.cssSelector("#revisions li.revision"));
        assertThat(latest.findElement(By.cssSelector(".user")).getText()).isEqualTo(librarian);
        assertThat(latest.findElement(By.cssSelector(".reason")).getText()).contains("headline as printed");
        WebElement change = latest.findElement(By.cssSelector("tr.change[data-field=title]"));
        assertThat(change.findElement(By.cssSelector(".before")).getText()).isEqualTo("Talks in Geneva " + marker);
        assertThat(change.findElement(By.cssSelector(".after")).getText()).isEqualTo("Talks in Geneva resume " + marker);
        assertThat(browser.findElements(By.cssSelector("#revisions li.revision"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void librarian_picks_a_mentioned_actor_from_the_suggestions_and_saves_the_correction() {
        String actor = "Suggested Authority " + marker;
        assertThat(api.postJson("api/actors", Json.createObjectBuilder().add("canonicalName", actor).build().toString()).status())
                .isEqualTo(201);
        JsonObject statement = api.get("api/articles/" + articleId).json().getJsonArray("statements").getJsonObject(0);
        browser.get(api.resolve("article.xhtml?id=" + articleId + "&correct=" + statement.getJsonNumber("id")).toString());

        browser.findElement(By.id("correct:mentioned-input")).sendKeys("authority " + marker);
        waitFor(driver -> driver.findElements(By.cssSelector("#correct\\:mentioned-suggestions option")).stream()
                .anyMatch(option -> actor.equals(option.getAttribute("value"))));
        WebElement input = browser.findElement(By.id("correct:mentioned-input"));
        input.clear();
        // Enter takes the name into the list, as the Add button does; it does not save the form.
        input.sendKeys(actor, Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("correct:mentioned"), actor));
        assertThat(api.get("api/statements/" + statement.getJsonNumber("id")).json().getString("status")).isEqualTo("EXTRACTED");
        browser.findElement(By.id("correct:reason")).sendKeys("the minister speaks for it");
        browser.findElement(By.id("correct:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-messages"), "Statement corrected."));

        JsonObject corrected = api.get("api/statements/" + statement.getJsonNumber("id")).json();
        assertThat(corrected.getJsonArray("mentionedActors").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly(actor);
    }

    private void waitFor(ExpectedCondition<?> condition) {
        try {
            // An Ajax update replaces the elements a condition reads: a stale one means "not yet", not failure.
            new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage() + "\nThe page's forms: " + browser.findElements(By.tagName("form")).stream()
                    .map(form -> form.getAttribute("outerHTML")).toList() + "\nBrowser log: "
                    + browser.manage().logs().get(LogType.BROWSER).getAll(), e);
        }
    }
}
