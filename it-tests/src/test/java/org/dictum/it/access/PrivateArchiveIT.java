package org.dictum.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The private archive, switched at run time by an administrator (no second server needed): anonymous
 * reads are refused over the API and sent to the login page in the portal, logged-in users and tokens
 * read on, and switching back (here always, after each test) makes the archive public again.
 */
class PrivateArchiveIT extends ClientSideIntegrationTest {

    private HttpApi admin;
    private HttpApi anonymous;

    @BeforeEach
    void setUp() {
        admin = new HttpApi(baseUrl);
        anonymous = HttpApi.anonymous(baseUrl);
    }

    @AfterEach
    void backToTheConfiguredDefault() {
        assertThat(admin.putJson("api/settings/public-read", "{\"publicRead\":null}").status()).isEqualTo(200);
    }

    @Test
    void a_private_archive_refuses_anonymous_reads_and_serves_logged_in_ones() {
        assertThat(anonymous.get("api/search/statements?size=0").status()).isEqualTo(200);
        for (String loose : new String[] {"\"yes\"", "1", "\"true\""}) {
            Reply refused = admin.putJson("api/settings/public-read", "{\"publicRead\":" + loose + "}");
            assertThat(refused.status()).as("publicRead %s: %s", loose, refused).isEqualTo(400);
        }
        assertThat(anonymous.get("api/search/statements?size=0").status()).as("still public after the refused switches").isEqualTo(200);

        Reply switched = admin.putJson("api/settings/public-read", "{\"publicRead\":false}");

        assertThat(switched.status()).as(switched.toString()).isEqualTo(200);
        JsonObject setting = switched.json();
        assertThat(setting.getBoolean("publicRead")).isFalse();
        assertThat(setting.getBoolean("configured")).isTrue();
        assertThat(setting.getBoolean("override")).isFalse();
        assertThat(setting.getString("changedBy")).isEqualTo(ItAccounts.ADMIN);
        Reply refused = anonymous.get("api/search/statements?size=0");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(anonymous.get("api/topics").status()).isEqualTo(401);
        assertThat(new PortalClient(baseUrl).get("").location()).contains("login.xhtml");
        assertThat(admin.get("api/search/statements?size=0").status()).isEqualTo(200);
        String researcher = ItAccounts.createUser(admin, "private-reader", "researcher");
        PortalClient reader = new PortalClient(baseUrl);
        reader.logIn(researcher, ItAccounts.PASSWORD);
        assertThat(reader.get("").status()).isEqualTo(200);
        Page moreValues = reader.get("api/search/statements/facets/topic?size=5");
        assertThat(moreValues.status()).as("the search page's script reads more facet values: " + moreValues.body()).isEqualTo(200);
        assertThat(reader.get("api/search/statements?size=0").status()).as("its 'as JSON' link").isEqualTo(200);
        assertThat(reader.postRaw(reader.resolve("api/collections"), "application/json",
                "{\"title\":\"Forged\"}".getBytes(StandardCharsets.UTF_8)).status())
                .as("a change needs a token, never the session").isEqualTo(401);
        assertThat(reader.get("api/export/statements?format=csv").status()).as("exports need a token").isEqualTo(401);

        Reply back = admin.putJson("api/settings/public-read", "{\"publicRead\":null}");

        assertThat(back.json().getBoolean("publicRead")).isTrue();
        assertThat(back.json().get("override")).isIn(null, JsonValue.NULL);
        assertThat(anonymous.get("api/search/statements?size=0").status()).isEqualTo(200);
    }

    /**
     * 405 with Allow answers a method the path does not take, whoever asks and however the archive is set: no
     * credentials would make the request work, and the answer names the path's methods only, never a record.
     */
    @Test
    void a_method_the_path_does_not_take_answers_405_with_allow_to_every_caller_in_a_public_and_a_private_archive() {
        Reply created = admin.postJson("api/articles", "{\"title\":\"Not allowed " + System.nanoTime()
                + "\",\"text\":\"Talks will resume next week, the minister said on a " + System.nanoTime() + ".\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String article = "api/articles/" + created.json().getJsonNumber("id");
        String title = created.json().getString("title");
        HttpApi badToken = HttpApi.withToken(baseUrl, "dictum_no-such-token");

        assertNotAllowed(anonymous.putJson(article, "{}"), "GET", title);
        assertNotAllowed(anonymous.delete("api/search/statements"), "GET", title);
        assertNotAllowed(badToken.putJson(article, "{}"), "GET", title);
        assertThat(anonymous.patchMerge(article, "{\"title\":\"Anonymous\"}").status())
                .as("a method the path takes still needs a token").isEqualTo(401);
        assertThat(badToken.get(article).status()).as("an invalid token is still refused where a method matched").isEqualTo(401);

        assertThat(admin.putJson("api/settings/public-read", "{\"publicRead\":false}").status()).isEqualTo(200);

        assertNotAllowed(anonymous.putJson(article, "{}"), "GET", title);
        assertNotAllowed(anonymous.delete(article), "PATCH", title);
        Reply read = anonymous.get(article);
        assertThat(read.status()).as("the private archive's reads stay closed: %s", read).isEqualTo(401);
        assertThat(read.body()).doesNotContain(title);
    }

    private static void assertNotAllowed(Reply reply, String allowed, String title) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(405);
        assertThat(reply.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(reply.header("Allow")).as(reply.toString()).get().asString().contains(allowed);
        assertThat(reply.body()).as("no record in the answer").doesNotContain(title);
    }

    @Test
    void an_administrator_makes_the_archive_private_and_public_again_on_the_settings_page() {
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        Page page = browser.open("admin/settings.xhtml");
        assertThat(page.textOf("reading")).isEqualTo("public");
        org.jsoup.nodes.Element group = page.document().getElementById("public-read:choice").closest("fieldset");
        assertThat(group).as("the radio buttons are one named group").isNotNull();
        assertThat(page.document().getElementById(group.attr("aria-labelledby")).text()).isEqualTo("Who may read the archive");

        Page privatePage = browser.submit(page, "public-read", Map.of("public-read:choice", "private"), "public-read:save");

        assertThat(privatePage.textOf("messages")).startsWith("The archive is private");
        assertThat(anonymous.get("api/search/statements?size=0").status()).isEqualTo(401);
        Page publicPage = browser.submit(privatePage, "public-read", Map.of("public-read:choice", "configured"), "public-read:save");
        assertThat(publicPage.textOf("messages")).startsWith("The archive is public");
        assertThat(anonymous.get("api/search/statements?size=0").status()).isEqualTo(200);
    }

    @Test
    void only_administrators_see_or_switch_the_setting() {
        String librarian = ItAccounts.createUser(admin, "private-librarian", "librarian");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(librarian, ItAccounts.PASSWORD);

        assertThat(browser.get("admin/settings.xhtml").status()).isEqualTo(403);
        assertThat(anonymous.putJson("api/settings/public-read", "{\"publicRead\":false}").status()).isEqualTo(401);
        assertThat(anonymous.get("api/search/statements?size=0").status()).isEqualTo(200);
    }

    @Test
    void a_private_archive_is_harvested_with_a_token_and_refuses_other_harvesters_in_plain_http() {
        String writeOnly = admin.issueToken(ItAccounts.ADMIN, ItAccounts.adminPassword(), "harvest-write-only", "write");
        assertThat(admin.putJson("api/settings/public-read", "{\"publicRead\":false}").status()).isEqualTo(200);

        Reply refused = anonymous.get("oai?verb=Identify");
        Reply refusedPost = anonymous.post("oai", "application/x-www-form-urlencoded", "verb=Identify");
        Reply unknownToken = HttpApi.withToken(baseUrl, "not-a-token").get("oai?verb=Identify");
        Reply withoutRead = HttpApi.withToken(baseUrl, writeOnly).get("oai?verb=Identify");
        Reply harvested = admin.get("oai?verb=Identify");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.location()).as("never the login page").isNull();
        assertThat(refused.contentType()).startsWith("text/plain");
        assertThat(refused.header("WWW-Authenticate")).hasValue("Bearer realm=\"Dictum\"");
        assertThat(refused.body()).contains("Authorization: Bearer");
        assertThat(refusedPost.status()).isEqualTo(401);
        assertThat(unknownToken.status()).isEqualTo(401);
        assertThat(unknownToken.header("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");
        assertThat(withoutRead.status()).isEqualTo(403);
        assertThat(withoutRead.header("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
        assertThat(harvested.status()).as(harvested.toString()).isEqualTo(200);
        assertThat(harvested.contentType()).startsWith("text/xml");
        assertThat(harvested.body()).contains("<Identify>");
    }
}
