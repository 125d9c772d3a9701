package org.dictum.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** How pages are laid out in real headless Chromium: labels beside their fields, text that fits the window. */
class BrowserLayoutIT extends BrowserIntegrationTest {


    @Test
    void each_label_of_a_form_that_starts_with_a_heading_stands_beside_its_own_field() {
        String librarian = ItAccounts.createUser(api, "browser-layout", "librarian");
        Browser.logIn(browser, api, librarian);

        browser.get(api.resolve("collections.xhtml").toString());

        assertLabelsBesideTheirFields("create", 4);
    }

    @Test
    void a_field_s_message_stands_under_its_field_and_the_labels_after_it_stay_beside_their_own_fields() {
        browser.get(api.resolve("login.xhtml").toString());

        browser.findElement(By.id("login:submit")).click();

        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("login:password-message")));
        assertLabelsBesideTheirFields("login", 2);
        for (String field : List.of("login:name", "login:password")) {
            assertThat(browser.findElement(By.id(field + "-message")).getRect().getX()).as(field)
                    .isEqualTo(browser.findElement(By.id(field)).getRect().getX());
        }
    }

    private void assertLabelsBesideTheirFields(String form, int count) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.executeScript("""
                return Array.from(document.getElementById(arguments[0]).querySelectorAll('label[for]')).map(function (label) {
                  var l = label.getBoundingClientRect(), f = document.getElementById(label.htmlFor).getBoundingClientRect();
                  return {label: label.textContent.trim(), labelMiddle: (l.top + l.bottom) / 2, fieldTop: f.top,
                          fieldBottom: f.bottom, labelRight: l.right, fieldLeft: f.left};
                });""", form);
        assertThat(labels).hasSize(count);
        for (Map<String, Object> label : labels) {
            double middle = ((Number) label.get("labelMiddle")).doubleValue();
            assertThat(middle).as("the middle of '%s' is level with its field", label.get("label"))
                    .isBetween(((Number) label.get("fieldTop")).doubleValue(), ((Number) label.get("fieldBottom")).doubleValue());
            assertThat(((Number) label.get("labelRight")).doubleValue()).as("'%s' stands left of its field", label.get("label"))
                    .isLessThanOrEqualTo(((Number) label.get("fieldLeft")).doubleValue());
        }
    }

    @Test
    void a_word_longer_than_the_line_wraps_instead_of_widening_the_page() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitän".repeat(6);
        HttpApi.Reply stored = api.postJson("api/articles", Json.createObjectBuilder().add("title", "Title " + word)
                .add("source", "Source " + word).add("text", "Prices will rise in " + word + ", the mayor said on Tuesday.")
                .build().toString());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        long id = stored.json().getJsonNumber("id").longValue();

        for (String page : List.of("article.xhtml?id=" + id, "history.xhtml?record=article&id=" + id)) {
            browser.get(api.resolve(page).toString());
            Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
            Number windowWidth = (Number) browser.executeScript("return document.documentElement.clientWidth");
            assertThat(pageWidth.longValue()).as(page).isLessThanOrEqualTo(windowWidth.longValue());
        }
    }
}
