package org.dictum.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A librarian in real headless Chromium: logs in, verifies a statement on the article page, then
 * withdraws the article; the page shows the new status and the tombstone, and search (checked over
 * the API) no longer finds the article's statements.
 */
class BrowserCurationIT extends BrowserIntegrationTest {

    private String librarian;
    private String source;
    private long articleId;

    @BeforeEach
    void setUp() {
        librarian = ItAccounts.createUser(api, "browser-librarian", "librarian");
        source = "Browser curation " + UUID.randomUUID();
        HttpApi.Reply stored = api.postJson("api/articles", Json.createObjectBuilder().add("source", source)
                .add("title", "Curated in the browser").add("publishedAt", "2022-01-09")
                .add("text", "Talks will resume next week, the minister said on Saturday. Ref " + source + ".")
                .build().toString());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        articleId = stored.json().getJsonNumber("id").longValue();
    }

    @Test
    void librarian_logs_in_verifies_a_statement_and_withdraws_the_article() {
        String article = api.resolve("article.xhtml?id=" + articleId).toString();
        browser.get(article);
        assertThat(browser.findElements(By.cssSelector(".curate-statement"))).as("anonymous visitors get no forms").isEmpty();
        assertThat(browser.findElement(By.cssSelector("#statement-1 .status")).getText()).isEqualToIgnoringCase("extracted");

        Browser.logIn(browser, api, librarian);

        browser.get(article);
        WebElement first = browser.findElement(By.id("statement-1"));
        first.findElement(By.cssSelector("input.reason")).sendKeys("checked against the agency wire");
        first.findElement(By.cssSelector("input.verify")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("curation-messages"), "Statement verified."));
        assertThat(browser.findElement(By.cssSelector("#statement-1 .status")).getText()).isEqualToIgnoringCase("verified");
        assertThat(browser.findElement(By.cssSelector("#statement-1 .provenance")).getText()).contains("verified by " + librarian);
        JsonObject statement = api.get("api/articles/" + articleId).json().getJsonArray("statements").getJsonObject(0);
        assertThat(statement.getString("status")).isEqualTo("VERIFIED");
        assertThat(statement.getString("curatedBy")).isEqualTo(librarian);

        browser.findElement(By.id("article-curation:reason")).sendKeys("duplicate of another wire story");
        browser.findElement(By.id("article-curation:withdraw")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("withdrawal")));
        assertThat(browser.findElement(By.id("withdrawal")).getText())
                .contains("withdrawn").contains(librarian).contains("duplicate of another wire story");
        assertThat(browser.findElements(By.id("article-curation:restore"))).hasSize(1);
        JsonObject search = HttpApi.anonymous(baseUrl).get("api/search/statements?size=0&source="
                + URLEncoder.encode(source, StandardCharsets.UTF_8)).json();
        assertThat(search.getInt("total")).isZero();
    }

}
