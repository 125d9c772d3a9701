package org.dictum.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in real headless Chromium: type a query, select two values of one facet and one
 * of another, brush a date range, then open the permalink in a fresh browser and get the same page.
 * Counts are checked against the REST API, which the other ITs check against exact figures.
 */
class BrowserSearchIT extends BrowserIntegrationTest {

    private static final String WIRE = "Browser wire";
    private static final String[][] ARTICLES = {
        {"2021-02-10", "Russia is ready for talks with NATO on missiles, the Russian foreign minister said on Tuesday."},
        {"2021-05-12", "NATO will hold new exercises near Russia, a NATO spokesman said on Monday."},
        {"2021-08-18", "Ukraine wants more support from NATO, the Ukrainian defence minister said on Wednesday."},
        {"2021-11-03", "Trade with China must grow, the German economy minister said on Friday."},
    };


    @BeforeEach
    void setUp() {
        assertThat(api.postJson("api/articles", Fixtures.seedJson()).status()).isIn(200, 201);
        for (String[] article : ARTICLES) {
            String json = Json.createObjectBuilder().add("source", WIRE).add("publishedAt", article[0])
                    .add("title", "Wire " + article[0]).add("text", article[1]).build().toString();
            assertThat(api.postJson("api/articles", json).status()).isIn(200, 201);
        }
    }

    @Test
    void query_facets_brushing_and_permalink() throws Exception {
        browser.get(api.resolve("").toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("NATO", Keys.ENTER);
        waitForUrl(browser, "q=NATO");
        assertThat(summaryCount()).isEqualTo(restTotal("q=NATO"));

        clickFacet("actor", "Russia");
        clickFacet("actor", "Ukraine");
        assertThat(summaryCount()).isEqualTo(restTotal("q=NATO&actor=Russia&actor=Ukraine"));
        clickFacet("source", WIRE);
        String filters = "q=NATO&actor=Russia&actor=Ukraine&source=" + enc(WIRE);
        long expected = restTotal(filters);
        assertThat(expected).isEqualTo(3).isGreaterThan(restTotal("q=NATO&actor=Russia&source=" + enc(WIRE)));
        assertThat(summaryCount()).isEqualTo(expected);
        assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSize((int) expected);
        assertThat(browser.findElements(By.cssSelector("#active-filters .chip"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("li.hit blockquote mark")).getText()).isEqualToIgnoringCase("NATO");

        List<WebElement> bars = browser.findElements(By.cssSelector("#histogram-chart a.bar"));
        assertThat(bars.size()).isGreaterThan(2);
        WebElement first = bars.get(0);
        WebElement second = bars.get(1);
        String from = first.getAttribute("data-start");
        String to = second.getAttribute("data-last");
        new Actions(browser).clickAndHold(first).moveToElement(second).release().perform();
        waitForUrl(browser, "to=" + to);
        assertThat(browser.getCurrentUrl()).contains("from=" + from);
        assertThat(summaryCount()).isEqualTo(restTotal(filters + "&from=" + from + "&to=" + to));

        String permalink = browser.getCurrentUrl();
        String summary = browser.findElement(By.id("result-summary")).getText();
        List<String> ids = hitIds(browser);
        saveScreenshot();

        ChromeDriver fresh = Browser.start();
        try {
            fresh.get(permalink);
            assertThat(fresh.findElement(By.id("result-summary")).getText()).isEqualTo(summary);
            assertThat(hitIds(fresh)).isEqualTo(ids);
            assertThat(fresh.findElement(By.id("q")).getAttribute("value")).isEqualTo("NATO");
        } finally {
            fresh.quit();
        }
    }

    @Test
    void facet_value_search_finds_values_by_word_prefix() {
        browser.get(api.resolve("?source=" + enc(Fixtures.SEED_SOURCE)).toString());
        WebElement find = browser.findElement(By.id("find-actor"));
        find.sendKeys("stat");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#facet-actor .facet-values a")).size() == 2);
        List<String> values = browser.findElements(By.cssSelector("#facet-actor .facet-values a .value")).stream()
                .map(WebElement::getText).toList();
        assertThat(values).containsExactly("Senior official (United States)", "United States");
        WebElement status = browser.findElement(By.id("facet-status-actor"));
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getAttribute("textContent")).as("the new list is announced")
                .isEqualTo("2 values start with “stat”");

        browser.findElement(By.cssSelector("#facet-actor .facet-values a[data-value='United States']")).click();
        waitForUrl(browser, "actor=United+States");
        assertThat(summaryCount()).isEqualTo(3);
    }

    @Test
    void the_search_form_puts_only_the_fields_that_hold_something_into_the_address() {
        browser.get(api.resolve("?q=talks&actor=Russia").toString());
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("NATO", Keys.ENTER);
        waitForUrl(browser, "q=NATO");

        assertThat(browser.getCurrentUrl()).as("no from=, to= nor sort=").isEqualTo(api.resolve("?q=NATO&actor=Russia").toString());
        assertThat(summaryCount()).isEqualTo(restTotal("q=NATO&actor=Russia"));

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("oldest");
        browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
        waitForUrl(browser, "sort=oldest");
        assertThat(browser.getCurrentUrl()).isEqualTo(api.resolve("?q=NATO&actor=Russia&sort=oldest").toString());
    }

    @Test
    void a_query_typed_on_the_browsing_page_is_sorted_by_best_match_not_by_the_browsing_page_s_newest_first() {
        browser.get(api.resolve("").toString());
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).getFirstSelectedOption()
                .getAttribute("value")).as("nothing searched for: newest first").isEqualTo("newest");

        browser.findElement(By.id("q")).sendKeys("NATO", Keys.ENTER);
        waitForUrl(browser, "q=NATO");

        assertThat(browser.getCurrentUrl()).isEqualTo(api.resolve("?q=NATO").toString());
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).getFirstSelectedOption()
                .getText()).isEqualTo("Best match");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("newest");
        browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
        waitForUrl(browser, "sort=newest");
        assertThat(browser.getCurrentUrl()).as("a sort the user chose is kept").isEqualTo(api.resolve("?q=NATO&sort=newest").toString());
    }

    @Test
    void a_facet_value_search_that_fails_says_so_where_the_values_are() {
        browser.get(api.resolve("?source=" + enc(Fixtures.SEED_SOURCE)).toString());
        List<String> before = browser.findElements(By.cssSelector("#facet-actor .facet-values a .value")).stream()
                .map(WebElement::getText).toList();
        browser.executeScript("window.fetch = function () { return Promise.resolve(new Response('', {status: 503})); };");

        browser.findElement(By.id("find-actor")).sendKeys("stat");

        WebElement status = browser.findElement(By.id("facet-status-actor"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !status.getAttribute("textContent").isEmpty());
        assertThat(status.getText()).as("shown, not only said")
                .isEqualTo("The values of this filter could not be loaded. Try again, or reload the page.");
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(browser.findElements(By.cssSelector("#facet-actor .facet-values a .value")).stream()
                .map(WebElement::getText).toList()).as("the list is left as it was").isEqualTo(before);
    }

    @Test
    void attention_page_draws_one_line_per_query() {
        browser.get(api.resolve("attention.xhtml").toString());
        browser.findElement(By.id("compare-0")).sendKeys("Russia");
        browser.findElement(By.id("compare-1")).sendKeys("NATO", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("attention-table")));

        assertThat(browser.findElements(By.cssSelector(".attention-chart polyline"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#attention-table tbody tr"))).hasSize(2);
        assertThat(browser.getCurrentUrl()).contains("compare=Russia").contains("compare=NATO")
                .as("the three empty query fields are left out").doesNotContain("compare=&").doesNotEndWith("compare=");
    }

    private void clickFacet(String facet, String value) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("a[data-facet='" + facet + "'][data-value='" + value + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before));
        assertThat(browser.getCurrentUrl()).contains(facet + "=" + enc(value));
    }

    private long summaryCount() {
        String text = browser.findElement(By.id("result-summary")).getText();
        return Long.parseLong(text.substring(0, text.indexOf(' ')));
    }

    private long restTotal(String parameters) {
        Reply reply = api.get("api/search/statements?size=0&" + parameters);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static List<String> hitIds(WebDriver driver) {
        return driver.findElements(By.cssSelector("li.hit")).stream().map(e -> e.getAttribute("data-statement-id")).toList();
    }

    private static void waitForUrl(WebDriver driver, String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
    }

    private void saveScreenshot() throws Exception {
        Path target = Path.of("target", "screenshots", "search-page.png");
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
