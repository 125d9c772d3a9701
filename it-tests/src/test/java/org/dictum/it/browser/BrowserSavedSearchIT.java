package org.dictum.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.MarkerWords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "My searches" in real headless Chromium: Freeze, then the browser's Back and Reload, which must show the list as
 * it is and never send a Freeze again.
 */
class BrowserSavedSearchIT extends BrowserIntegrationTest {

    private String word;

    @BeforeEach
    void setUp() {
        word = "zb" + MarkerWords.letters(10);
    }

    @Test
    void back_and_reload_after_freezing_show_the_list_as_it_is_and_freeze_nothing_again() {
        String researcher = ItAccounts.createUser(api, "browser-freezer", "researcher");
        Browser.logIn(browser, api, researcher);
        save("first");
        save("second");

        freeze("first");
        freeze("second");
        browser.navigate().back();

        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("searches:list")));
        assertThat(browser.getTitle()).startsWith("My searches");
        assertThat(browser.findElements(By.cssSelector("#searches\\:list input[id$=freeze]")))
                .as("both searches are shown frozen").isEmpty();

        browser.navigate().refresh();

        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("searches:list")));
        assertThat(browser.findElements(By.cssSelector("#messages li"))).as("nothing was sent again").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#searches\\:list a.permalink"))).hasSize(2);
    }

    private void save(String name) {
        browser.get(api.resolve("?q=" + word).toString());
        browser.findElement(By.id("save-search:name")).sendKeys(name + " " + word);
        browser.findElement(By.id("save-search:save")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-label=\"Freeze saved search '" + name + " " + word + "'\"]")));
    }

    private void freeze(String name) {
        browser.findElement(By.cssSelector("[aria-label=\"Freeze saved search '" + name + " " + word + "'\"]")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Frozen \"" + name + " " + word + "\""));
    }

}
