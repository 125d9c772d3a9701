package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Portal forms posted by hand, with the page's view state but a choice the page did not offer: the
 * select left out of the request, or a value that is not one of its options. Each form comes back
 * with a message next to the field, not the error page, and nothing is stored.
 */
class TamperedChoicesIT extends ClientSideIntegrationTest {

    private HttpApi admin;
    private String suffix;

    @BeforeEach
    void setUp() {
        admin = new HttpApi(baseUrl);
        suffix = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    }

    @Test
    void an_actor_created_without_a_type_gets_a_field_message_and_is_not_stored() {
        PortalClient browser = librarian();
        String name = "Typeless Body " + suffix;

        Page refused = browser.submit(browser.open("curation/actors.xhtml"), "create", Map.of("create:name", name),
                Set.of("create:type"), "create:submit");

        assertRefusedAt(refused, "create:type");
        assertThat(actorsNamed(name)).isZero();
    }

    @Test
    void an_actor_created_with_a_type_not_offered_gets_a_field_message_and_is_not_stored() {
        PortalClient browser = librarian();
        String name = "Emperor Body " + suffix;

        Page refused = browser.submit(browser.open("curation/actors.xhtml"), "create",
                Map.of("create:name", name, "create:type", "EMPEROR"), "create:submit");

        assertRefusedAt(refused, "create:type");
        assertThat(actorsNamed(name)).isZero();
    }

    @Test
    void actor_details_saved_without_a_type_get_a_field_message_and_the_type_stays() {
        String name = "Detailed Body " + suffix;
        Reply created = admin.postJson("api/actors", Json.createObjectBuilder().add("canonicalName", name)
                .add("type", "ORGANIZATION").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        PortalClient browser = librarian();
        Page found = browser.submit(browser.open("curation/actors.xhtml"), "search", Map.of("search:q", name), "search:submit");
        Element row = found.document().select("#actors\\:list tbody tr").stream()
                .filter(r -> r.text().contains(name)).findFirst().orElseThrow();
        Page editing = browser.submit(found, "actors", Map.of(), row.selectFirst("input[id$=edit]").attr("name"));

        Page refused = browser.submit(editing, "details", Map.of("details:country", "FR"), Set.of("details:type"),
                "details:submit");

        assertRefusedAt(refused, "details:type");
        JsonObject stored = admin.get("api/actors/" + created.json().getJsonNumber("id")).json();
        assertThat(stored.getString("type")).isEqualTo("ORGANIZATION");
        assertThat(stored.getString("country", "")).as(stored.toString()).isEmpty();
    }

    @Test
    void a_statement_added_without_a_kind_gets_a_field_message_and_is_not_stored() {
        String text = "Ships may dock again. Talks will resume, the minister said on Saturday. Ref " + suffix + ".";
        Reply archived = admin.postJson("api/articles", Json.createObjectBuilder().add("title", "Kinds " + suffix)
                .add("publishedAt", "2022-01-09").add("text", text).build().toString());
        assertThat(archived.status()).as(archived.toString()).isEqualTo(201);
        long article = archived.json().getJsonNumber("id").longValue();
        int statements = statementCount(article);
        PortalClient browser = librarian();

        Page refused = browser.submit(browser.open("article.xhtml?id=" + article), "add",
                Map.of("add:start", "0", "add:end", Integer.toString("Ships may dock again.".length()), "add:kind", "RUMOUR"),
                "add:submit");

        assertRefusedAt(refused, "add:kind");
        Page omitted = browser.submit(refused, "add", Map.of("add:start", "0", "add:end", Integer.toString("Ships may dock again.".length())),
                Set.of("add:kind"), "add:submit");

        assertRefusedAt(omitted, "add:kind");
        assertThat(statementCount(article)).isEqualTo(statements);
    }

    @Test
    void an_article_form_posted_with_an_article_id_changed_by_hand_answers_not_found_and_changes_nothing() {
        Reply archived = admin.postJson("api/articles", Json.createObjectBuilder().add("title", "Hidden id " + suffix)
                .add("publishedAt", "2022-01-09").add("text", "Talks will resume, the minister said on Saturday. Ref " + suffix + ".")
                .build().toString());
        assertThat(archived.status()).as(archived.toString()).isEqualTo(201);
        long article = archived.json().getJsonNumber("id").longValue();
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);

        for (String id : new String[] {"abc", "", "99999999"}) {
            Page refused = browser.submit(page, "metadata", Map.of("id", id, "metadata:title", "Tampered " + suffix), "metadata:save");

            assertThat(refused.status()).as("id " + id).isEqualTo(404);
            assertThat(refused.document().title()).as("id " + id).isEqualTo("Not found · Dictum");
        }
        assertThat(admin.get("api/articles/" + article).json().getString("title")).isEqualTo("Hidden id " + suffix);
    }

    @Test
    void a_user_created_without_a_role_or_with_one_not_offered_gets_a_field_message_and_is_not_stored() {
        PortalClient browser = administrator();
        String name = "roleless-" + suffix;
        Page users = browser.open("admin/users.xhtml");

        Page omitted = browser.submit(users, "create", Map.of("create:name", name, "create:password", ItAccounts.PASSWORD),
                Set.of("create:role"), "create:submit");
        Page unknown = browser.submit(omitted, "create", Map.of("create:name", name, "create:password", ItAccounts.PASSWORD,
                "create:role", "root"), "create:submit");

        assertRefusedAt(omitted, "create:role");
        assertRefusedAt(unknown, "create:role");
        assertThat(admin.get("api/users").body()).doesNotContain(name);
    }

    @Test
    void a_password_set_without_naming_the_user_gets_a_field_message() {
        PortalClient browser = administrator();

        Page refused = browser.submit(browser.open("admin/users.xhtml"), "password",
                Map.of("password:new-password", "another-password-" + suffix), Set.of("password:user"), "password:submit");

        assertRefusedAt(refused, "password:user");
    }

    @Test
    void the_reading_setting_saved_without_a_choice_gets_a_field_message_and_stays() {
        String before = admin.get("api/settings/public-read").body();
        PortalClient browser = administrator();

        Page refused = browser.submit(browser.open("admin/settings.xhtml"), "public-read", Map.of(),
                Set.of("public-read:choice"), "public-read:save");

        assertRefusedAt(refused, "public-read:choice");
        assertThat(admin.get("api/settings/public-read").body()).isEqualTo(before);
    }

    @Test
    void a_collection_created_without_a_visibility_gets_a_field_message_and_is_not_stored() {
        PortalClient browser = librarian();
        String title = "Unseen " + suffix;

        Page refused = browser.submit(browser.open("collections.xhtml"), "create", Map.of("create:title", title),
                Set.of("create:visibility"), "create:submit");
        Page unknown = browser.submit(refused, "create", Map.of("create:title", title, "create:visibility", "secret"),
                "create:submit");

        assertRefusedAt(refused, "create:visibility");
        assertRefusedAt(unknown, "create:visibility");
        assertThat(admin.get("api/collections").body()).doesNotContain(title);
    }

    @Test
    void a_collection_saved_without_a_visibility_gets_a_field_message_and_stays_unchanged() {
        Reply created = admin.postJson("api/collections", Json.createObjectBuilder().add("title", "Kept " + suffix)
                .add("visibility", "public").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String slug = created.json().getString("slug");
        PortalClient browser = librarian();

        Page refused = browser.submit(browser.open("collection.xhtml?slug=" + slug), "edit",
                Map.of("edit:title", "Renamed " + suffix), Set.of("edit:visibility"), "edit:save");

        assertRefusedAt(refused, "edit:visibility");
        JsonObject stored = admin.get("api/collections/" + slug).json();
        assertThat(stored.getString("title")).isEqualTo("Kept " + suffix);
        assertThat(stored.getString("visibility")).isEqualTo("public");
    }

    /** The form came back (200, not the error page) with a message next to the field and the field marked invalid. */
    private static void assertRefusedAt(Page page, String field) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Element input = page.document().getElementById(field);
        assertThat(input).as("the form with %s is shown again: %s", field, page.body()).isNotNull();
        assertThat(input.attr("aria-invalid")).as(field + " marked invalid").isEqualTo("true");
        Element message = page.document().getElementById(field + "-message");
        assertThat(message).as("a message next to " + field).isNotNull();
        assertThat(message.text()).isNotBlank().doesNotContain("Validation Error").doesNotContain(field);
    }

    private long actorsNamed(String name) {
        return admin.get("api/actors?q=" + name.replace(' ', '+')).json().getJsonNumber("total").longValue();
    }

    private int statementCount(long article) {
        return admin.get("api/articles/" + article).json().getJsonArray("statements").size();
    }

    private PortalClient librarian() {
        return loggedIn(ItAccounts.createUser(admin, "choices-librarian", "librarian"));
    }

    private PortalClient administrator() {
        return loggedIn(ItAccounts.createUser(admin, "choices-admin", "admin"));
    }

    private PortalClient loggedIn(String user) {
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(user, ItAccounts.PASSWORD);
        return browser;
    }
}
