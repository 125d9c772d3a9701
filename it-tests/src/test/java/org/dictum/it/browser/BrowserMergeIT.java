package org.dictum.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.MarkerWords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A librarian merges two actors in real headless Chromium: log in, find the proposed actor on the
 * Actors page, ask to merge it into another, confirm; the statement search counts it for the survivor.
 */
class BrowserMergeIT extends BrowserIntegrationTest {

    private String marker;
    private String proposed;
    private String survivor;

    @BeforeEach
    void setUp() {
        String letters = MarkerWords.letters(8);
        marker = "zq" + letters;
        proposed = "Merla Ovenq" + letters;
        survivor = "Merla Ovenquist " + letters;
        String text = "Grain " + marker + " exports will resume next week, " + proposed + " said on Monday.";
        assertThat(api.postJson("api/articles", Json.createObjectBuilder().add("title", "Merge " + marker)
                .add("publishedAt", "2026-01-05").add("text", text).build().toString()).status()).isEqualTo(201);
        assertThat(api.postJson("api/actors", Json.createObjectBuilder().add("canonicalName", survivor)
                .add("type", "person").build().toString()).status()).isEqualTo(201);
    }

    @Test
    void a_librarian_merges_a_proposed_actor_into_another_after_confirming() {
        String librarian = ItAccounts.createUser(api, "browser-librarian", "librarian");
        Browser.logIn(browser, api, librarian);
        browser.findElement(By.id("actors-link")).click();

        browser.findElement(By.id("search:q")).sendKeys("Merla Ovenq");
        browser.findElement(By.id("search:submit")).click();
        await(d -> d.findElement(By.id("actors:total")).getText().startsWith("2 "));
        WebElement row = browser.findElements(By.cssSelector("#actors\\:list tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".actor-name")).getText().equals(proposed)).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector(".actor-status")).getText()).isEqualTo("proposed");
        row.findElement(By.cssSelector("input[id$=edit]")).click();
        await(ExpectedConditions.textToBe(By.id("selected-name"), proposed));

        browser.findElement(By.id("merge:into")).sendKeys(Long.toString(actorId(survivor)));
        browser.findElement(By.id("merge:submit")).click();
        await(ExpectedConditions.textToBe(By.id("merge-confirm:target"), survivor));
        assertThat(facet("actor")).containsEntry(proposed, 1L).doesNotContainKey(survivor);
        browser.findElement(By.id("merge-confirm:confirm")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Merged " + proposed + " into " + survivor));

        assertThat(facet("actor")).containsEntry(survivor, 1L).doesNotContainKey(proposed);
    }

    private long actorId(String name) {
        return api.get("api/actors?q=" + enc(name)).json().getJsonArray("actors").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("canonicalName").equals(name)).mapToLong(a -> a.getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
    }

    private Map<String, Long> facet(String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        api.get("api/search/statements?size=0&q=" + marker).json().getJsonObject("facets").getJsonArray(name)
                .getValuesAs(JsonObject.class).forEach(v -> counts.put(v.getString("value"), v.getJsonNumber("count").longValue()));
        return counts;
    }

    private <T> void await(Function<? super WebDriver, T> condition) {
        // An Ajax update replaces the elements a condition reads: a stale one means "not yet", not failure.
        // Chromium reports some stale reads as "Node with given id does not belong to the document".
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
