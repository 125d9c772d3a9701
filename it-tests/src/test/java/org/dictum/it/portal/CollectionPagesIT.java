package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The collection pages: lists and pages show user text as text, private collections do not exist
 * for anonymous visitors, a librarian creates a collection, adds an article from its page and is
 * told when the collection changed since the page was shown.
 */
class CollectionPagesIT extends ClientSideIntegrationTest {

    private static final String MARKUP = "<b>Bold</b><script>alert(1)</script>";

    private HttpApi admin;
    private String suffix;

    @BeforeEach
    void client() {
        admin = new HttpApi(baseUrl);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject createCollection(String title, String visibility) {
        HttpApi.Reply reply = admin.postJson("api/collections", Json.createObjectBuilder().add("title", title)
                .add("description", MARKUP + " description").add("visibility", visibility).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private long archive(String title) {
        HttpApi.Reply reply = admin.postJson("api/articles", Json.createObjectBuilder().add("title", title)
                .add("text", "The pages work, the tester said of " + UUID.randomUUID() + ".").build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void anonymous_visitors_see_public_collections_as_text_and_no_private_ones() {
        JsonObject open = createCollection(MARKUP + " open " + suffix, "public");
        JsonObject hidden = createCollection("Hidden " + suffix, "private");
        long article = archive(MARKUP + " article " + suffix);
        long statement = admin.get("api/articles/" + article).json().getJsonArray("statements").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(admin.postJson("api/collections/" + open.getString("slug") + "/members",
                "{\"articles\":[" + article + "],\"statements\":[" + statement + "]}").status()).isEqualTo(200);
        PortalClient visitor = new PortalClient(baseUrl);

        Page list = visitor.open("collections.xhtml");
        assertThat(list.document().select(".collection-link").eachText()).contains(MARKUP + " open " + suffix)
                .doesNotContain("Hidden " + suffix);
        assertThat(list.body()).doesNotContain("<script>alert(1)</script>");
        Page page = visitor.open("collection.xhtml?slug=" + open.getString("slug"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("collection-title")).isEqualTo(MARKUP + " open " + suffix);
        assertThat(page.textOf("collection-description")).isEqualTo(MARKUP + " description");
        assertThat(page.document().select(".none-yet")).as("no 'none yet' beside members").isEmpty();
        assertThat(page.document().select("#member-articles a").eachText()).containsExactly(MARKUP + " article " + suffix);
        assertThat(page.document().select("#member-statements a").eachAttr("aria-label"))
                .as("each statement's link to its article names the statement").containsExactly("Statement " + statement + " in its article");
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>Bold</b>");
        assertThat(page.document().getElementById("search-link").attr("href")).endsWith("?collection=" + open.getString("slug"));
        assertThat(page.document().getElementById("edit")).as("no edit form for visitors").isNull();
        Page history = visitor.open(page.document().getElementById("history-link").attr("href"));
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.textOf("history-title")).isEqualTo("History of collection \u201c" + MARKUP + " open " + suffix + "\u201d");
        assertThat(history.document().title()).startsWith("History of collection \u201c" + MARKUP + " open " + suffix + "\u201d");
        assertThat(history.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(history.document().select(".revision")).hasSize(2);
        List<String> links = history.document().select(".history-links a").eachAttr("href");
        assertThat(links).as("back to the collection, and its history as JSON").hasSize(2);
        assertThat(links.get(0)).endsWith("/collection.xhtml?slug=" + open.getString("slug"));
        assertThat(links.get(1)).endsWith("/api/collections/" + open.getString("slug") + "/history");

        assertThat(visitor.get("collection.xhtml?slug=" + hidden.getString("slug")).status()).isEqualTo(404);
        assertThat(visitor.get("history.xhtml?record=collection&id=" + hidden.getJsonNumber("id")).status()).isEqualTo(404);
        Page filtered = visitor.open("?collection=" + open.getString("slug"));
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).contains(open.getString("slug"));
    }

    @Test
    void a_collection_without_description_or_members_says_it_has_none_yet_and_shows_no_empty_paragraph_or_lists() {
        HttpApi.Reply reply = admin.postJson("api/collections", Json.createObjectBuilder().add("title", "Empty " + suffix)
                .add("visibility", "public").build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);

        Page page = new PortalClient(baseUrl).open("collection.xhtml?slug=" + reply.json().getString("slug"));

        assertThat(page.document().getElementById("collection-description")).as("no empty description paragraph").isNull();
        assertThat(page.textOf("no-articles")).isEqualTo("No articles in this collection yet.");
        assertThat(page.textOf("no-statements")).isEqualTo("No statements in this collection yet.");
        assertThat(page.document().select("ul.members")).as("no empty lists").isEmpty();
    }

    @Test
    void an_untitled_member_article_is_called_an_untitled_article_as_on_the_search_and_article_pages() {
        JsonObject collection = createCollection("Untitled members " + suffix, "public");
        HttpApi.Reply stored = admin.postJson("api/articles", Json.createObjectBuilder()
                .add("text", "Nobody titled this, the tester said of " + suffix + ".").build().toString());
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        long article = stored.json().getJsonNumber("id").longValue();
        assertThat(admin.postJson("api/collections/" + collection.getString("slug") + "/members",
                "{\"articles\":[" + article + "]}").status()).isEqualTo(200);

        Page page = new PortalClient(baseUrl).open("collection.xhtml?slug=" + collection.getString("slug"));

        assertThat(page.document().select("#member-articles li > a").eachText()).containsExactly("(untitled article)");
        assertThat(new PortalClient(baseUrl).open("article.xhtml?id=" + article).textOf("article-title"))
                .isEqualTo("(untitled article)");
    }

    @Test
    void a_librarian_creates_a_collection_adds_an_article_and_is_told_of_a_change_made_meanwhile() {
        long article = archive("Collected article " + suffix);
        PortalClient librarian = new PortalClient(baseUrl);
        librarian.logIn(ItAccounts.createUser(admin, "collector", "librarian"), ItAccounts.PASSWORD);

        Page created = librarian.submit(librarian.open("collections.xhtml"), "create",
                Map.of("create:title", "Dossier " + suffix, "create:visibility", "public"), "create:submit");
        assertThat(created.textOf("collection-title")).isEqualTo("Dossier " + suffix);
        String slug = "dossier-" + suffix;

        Page articlePage = librarian.open("article.xhtml?id=" + article);
        Page added = librarian.submit(articlePage, "collect-article", Map.of("collect-article:collection", slug),
                "collect-article:submit");
        assertThat(added.textOf("curation-messages")).isEqualTo("Added to Dossier " + suffix + ".");
        assertThat(admin.get("api/collections/" + slug + "/members").json().getJsonArray("articles").getJsonNumber(0).longValue())
                .isEqualTo(article);

        Page shown = librarian.open("collection.xhtml?slug=" + slug);
        String version = admin.get("api/collections/" + slug).header("ETag").orElseThrow();
        assertThat(admin.patchMerge("api/collections/" + slug, "{\"description\":\"Changed elsewhere\"}", "If-Match", version)
                .status()).isEqualTo(200);
        Page refused = librarian.submit(shown, "edit", Map.of("edit:title", "Renamed " + suffix), "edit:save");

        assertThat(refused.textOf("messages")).contains("changed meanwhile");
        assertThat(admin.get("api/collections/" + slug).json().getString("title")).isEqualTo("Dossier " + suffix);
        Page saved = librarian.submit(refused, "edit", Map.of("edit:title", "Renamed " + suffix), "edit:save");
        assertThat(saved.textOf("messages")).isEqualTo("Saved.");
        assertThat(admin.get("api/collections/" + slug).json().getString("description")).isEqualTo("Changed elsewhere");
    }

    @Test
    void an_edit_the_collection_refuses_keeps_what_the_librarian_typed_with_the_message_next_to_the_field() {
        PortalClient librarian = new PortalClient(baseUrl);
        librarian.logIn(ItAccounts.createUser(admin, "editor", "librarian"), ItAccounts.PASSWORD);
        Page created = librarian.submit(librarian.open("collections.xhtml"), "create",
                Map.of("create:title", "Edited " + suffix, "create:visibility", "public"), "create:submit");
        String slug = "edited-" + suffix;
        String description = "A long note on the sources " + suffix;

        Page refused = librarian.submit(created, "edit", Map.of("edit:title", " ", "edit:description", description), "edit:save");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.textOf("edit:title-message")).isEqualTo("A collection needs a title");
        assertThat(refused.document().getElementById("edit:description").val()).isEqualTo(description);
        assertThat(admin.get("api/collections/" + slug).json().getString("title")).isEqualTo("Edited " + suffix);
        Page saved = librarian.submit(refused, "edit", Map.of("edit:title", "Edited again " + suffix), "edit:save");

        assertThat(saved.textOf("messages")).isEqualTo("Saved.");
        JsonObject stored = admin.get("api/collections/" + slug).json();
        assertThat(stored.getString("title")).isEqualTo("Edited again " + suffix);
        assertThat(stored.getString("description")).isEqualTo(description);
    }

    @Test
    void the_page_of_a_deleted_collection_answers_410_and_its_slug_is_refused_next_to_the_slug_field() {
        String slug = "deleted-dossier-" + suffix;
        JsonObject created = admin.postJson("api/collections", Json.createObjectBuilder().add("slug", slug)
                .add("title", "Deleted dossier " + suffix).add("visibility", "public").build().toString()).json();
        assertThat(created.getString("slug")).isEqualTo(slug);
        assertThat(admin.delete("api/collections/" + slug).status()).isEqualTo(204);
        PortalClient librarian = new PortalClient(baseUrl);
        librarian.logIn(ItAccounts.createUser(admin, "collector", "librarian"), ItAccounts.PASSWORD);

        Page gone = librarian.get("collection.xhtml?slug=" + slug);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.textOf("gone")).isEqualTo("Deleted");
        assertThat(new PortalClient(baseUrl).get("collection.xhtml?slug=" + slug).status()).as("a public one, for everyone").isEqualTo(410);

        Page refused = librarian.submit(librarian.open("collections.xhtml"), "create",
                Map.of("create:title", "New dossier " + suffix, "create:slug", slug, "create:visibility", "public"), "create:submit");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.document().getElementById("create:slug").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.textOf("create:slug-message")).startsWith("The slug '" + slug + "' belonged to a collection deleted on ");
        assertThat(admin.get("api/collections").body()).doesNotContain("New dossier " + suffix);

        Page chosen = librarian.submit(refused, "create", Map.of("create:title", "New dossier " + suffix,
                "create:slug", slug + "-new", "create:visibility", "public"), "create:submit");
        assertThat(chosen.textOf("collection-title")).isEqualTo("New dossier " + suffix);
        assertThat(admin.get("api/collections/" + slug + "-new").status()).isEqualTo(200);
    }
}
