package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteRulesTest {

    private final SiteRules rules = new SiteRules(List.of(
            "example.com  drop  div.promo",
            "example.com  body  div#story"));

    private static Document page() {
        return Jsoup.parse("<div id=\"story\"><p>Story.</p><div class=\"promo\">Promo.</div></div><div>Other.</div>");
    }

    @Test
    void rules_apply_to_the_host_and_its_subdomains_only() {
        Document onSite = page();
        rules.dropFurniture(onSite, "news.example.com");
        assertThat(onSite.text()).isEqualTo("Story. Other.");
        assertThat(rules.body(onSite, "www.example.com")).hasValueSatisfying(body -> assertThat(body.id()).isEqualTo("story"));

        Document elsewhere = page();
        rules.dropFurniture(elsewhere, "notexample.com");
        assertThat(elsewhere.text()).contains("Promo.");
        assertThat(rules.body(elsewhere, null)).isEmpty();
    }

    @Test
    void a_rule_needs_host_action_and_selector() {
        assertThatThrownBy(() -> new SiteRules(List.of("example.com drop"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteRules(List.of("example.com keep p"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shipped_rule_file_parses() {
        assertThatCode(SiteRules::standard).doesNotThrowAnyException();
    }
}
