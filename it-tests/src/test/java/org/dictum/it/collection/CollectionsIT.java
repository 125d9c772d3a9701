package org.dictum.it.collection;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.MarkerWords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Collections end to end over REST: members counted in the collection facet and found by the
 * collection filter right after each change, private collections invisible to anonymous visitors
 * and researchers (404, no facet value), history with before/after and reason, versions (409, 428),
 * validation (400 with violations) and deletion. Each test archives articles with a marker word of
 * its own and makes its own collections, so tests share nothing.
 */
class CollectionsIT extends ClientSideIntegrationTest {

    private HttpApi admin;
    private String marker;

    @BeforeEach
    void client() {
        admin = new HttpApi(baseUrl);
        marker = "zq" + MarkerWords.letters(6);
    }

    /** Archives an article with two statements and the test's marker word; answers its JSON. */
    private JsonObject archive(String title) {
        String text = "Talks on " + marker + " will resume next week, the minister said on Saturday. "
                + "The ceasefire on " + marker + " holds, the general told reporters on Sunday. Ref " + UUID.randomUUID() + ".";
        Reply reply = admin.postJson("api/articles", Json.createObjectBuilder().add("title", title).add("publishedAt", "2022-01-09")
                .add("language", "en").add("text", text).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static List<Long> statementIds(JsonObject article) {
        return article.getJsonArray("statements").getValuesAs(JsonObject.class).stream().map(CollectionsIT::id).toList();
    }

    private JsonObject create(String slug, String visibility) {
        Reply reply = admin.postJson("api/collections", Json.createObjectBuilder().add("slug", slug).add("title", "Talks " + slug)
                .add("description", "Statements on the talks").add("visibility", visibility).build().toString(),
                "X-Dictum-Reason", "Research dossier");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.location()).endsWith("/api/collections/" + slug);
        return reply.json();
    }

    private static String slug() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply addMembers(String slug, List<Long> articles, List<Long> statements, String... headers) {
        return admin.postJson("api/collections/" + slug + "/members", members(articles, statements), headers);
    }

    private static String members(List<Long> articles, List<Long> statements) {
        var body = Json.createObjectBuilder();
        var a = Json.createArrayBuilder();
        articles.forEach(a::add);
        var s = Json.createArrayBuilder();
        statements.forEach(s::add);
        return body.add("articles", a).add("statements", s).build().toString();
    }

    private JsonObject search(HttpApi client, String kind, String parameters) {
        Reply reply = client.get("api/search/" + kind + "?q=" + marker + "&size=0&" + parameters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The collection facet of a search: value to count. */
    private static Map<String, Long> collectionFacet(JsonObject result) {
        return result.getJsonObject("facets").getJsonArray("collection").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(v -> v.getString("value"), v -> v.getJsonNumber("count").longValue()));
    }

    /** The member counts of every listed collection, by slug: articles, statements, belonging statements. */
    private Map<String, List<Long>> listedCounts() {
        return admin.get("api/collections").jsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("slug"), c -> List.of(c.getJsonNumber("articles").longValue(),
                        c.getJsonNumber("statements").longValue(), c.getJsonNumber("belongingStatements").longValue())));
    }

    private static long total(JsonObject result) {
        return result.getJsonNumber("total").longValue();
    }

    @Test
    void members_are_counted_in_the_facet_and_found_by_the_filter_right_after_each_change() {
        JsonObject first = archive("Geneva talks");
        JsonObject second = archive("Vienna talks");
        List<Long> firstStatements = statementIds(first);
        List<Long> secondStatements = statementIds(second);
        assertThat(firstStatements).hasSize(2);
        assertThat(secondStatements).hasSize(2);
        String talks = slug();
        String other = slug();
        create(talks, "public");
        create(other, "public");

        Reply added = addMembers(talks, List.of(id(first)), List.of(secondStatements.get(0)));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().getJsonArray("articlesChanged").getJsonNumber(0).longValue()).isEqualTo(id(first));
        assertThat(added.json().getJsonObject("collection").getJsonNumber("belongingStatements").longValue()).isEqualTo(3);
        assertThat(addMembers(other, List.of(id(second)), List.of()).status()).isEqualTo(200);
        Map<String, List<Long>> listed = listedCounts();
        assertThat(listed.get(talks)).as("articles, statements, belonging statements").containsExactly(1L, 1L, 3L);
        assertThat(listed.get(other)).as("articles, statements, belonging statements").containsExactly(1L, 0L, 2L);

        JsonObject statements = search(admin, "statements", "");
        assertThat(total(statements)).isEqualTo(4);
        assertThat(collectionFacet(statements)).containsExactlyInAnyOrderEntriesOf(Map.of(talks, 3L, other, 2L));
        JsonObject filtered = search(admin, "statements", "collection=" + talks);
        assertThat(total(filtered)).isEqualTo(3);
        assertThat(collectionFacet(filtered)).as("a selection keeps the other values counted")
                .containsExactlyInAnyOrderEntriesOf(Map.of(talks, 3L, other, 2L));
        assertThat(total(search(admin, "statements", "collection=" + talks + "&collection=" + other))).isEqualTo(4);
        JsonObject articles = search(admin, "articles", "collection=" + talks);
        assertThat(total(articles)).as("an article belongs as a member, not through one of its statements").isEqualTo(1);
        assertThat(collectionFacet(search(admin, "articles", ""))).containsExactlyInAnyOrderEntriesOf(Map.of(talks, 1L, other, 1L));

        Reply removed = admin.postJson("api/collections/" + talks + "/members/remove", members(List.of(id(first)), List.of()));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(total(search(admin, "statements", "collection=" + talks))).isEqualTo(1);
        assertThat(collectionFacet(search(admin, "statements", ""))).containsExactlyInAnyOrderEntriesOf(Map.of(talks, 1L, other, 2L));

        JsonObject collection = admin.get("api/collections/" + talks).json();
        assertThat(collection.getJsonNumber("articles").longValue()).isZero();
        assertThat(collection.getJsonNumber("statements").longValue()).isEqualTo(1);
        JsonObject memberIds = admin.get("api/collections/" + talks + "/members").json();
        assertThat(memberIds.getJsonArray("statements").getJsonNumber(0).longValue()).isEqualTo(secondStatements.get(0));
    }

    @Test
    void the_members_are_listed_a_page_at_a_time_articles_first_with_their_total() {
        JsonObject first = archive("Geneva talks");
        JsonObject second = archive("Vienna talks");
        String slug = slug();
        create(slug, "public");
        List<Long> statements = Stream.concat(statementIds(first).stream(), statementIds(second).stream())
                .sorted().toList();
        assertThat(addMembers(slug, List.of(id(second), id(first)), statements).status()).isEqualTo(200);
        List<Long> articles = Stream.of(id(first), id(second)).sorted().toList();

        JsonObject page = admin.get("api/collections/" + slug + "/members?limit=3").json();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(6);
        assertThat(page.getInt("offset")).isZero();
        assertThat(page.getInt("limit")).isEqualTo(3);
        assertThat(longs(page.getJsonArray("articles"))).containsExactlyElementsOf(articles);
        assertThat(longs(page.getJsonArray("statements"))).containsExactly(statements.get(0));
        JsonObject next = admin.get("api/collections/" + slug + "/members?offset=3&limit=3").json();
        assertThat(longs(next.getJsonArray("articles"))).isEmpty();
        assertThat(longs(next.getJsonArray("statements"))).containsExactlyElementsOf(statements.subList(1, 4));
        JsonObject past = admin.get("api/collections/" + slug + "/members?offset=6").json();
        assertThat(longs(past.getJsonArray("articles"))).isEmpty();
        assertThat(longs(past.getJsonArray("statements"))).isEmpty();
        assertThat(admin.get("api/collections/" + slug + "/members").json().getInt("limit")).as("the default page").isEqualTo(20);

        assertThat(violationField(admin.get("api/collections/" + slug + "/members?limit=0"))).isEqualTo("limit");
        assertThat(violationField(admin.get("api/collections/" + slug + "/members?limit=101"))).isEqualTo("limit");
        assertThat(violationField(admin.get("api/collections/" + slug + "/members?offset=-1"))).isEqualTo("offset");
        assertThat(violationField(admin.get("api/collections/" + slug + "/members?offset=first"))).isEqualTo("offset");
    }

    @Test
    void refused_paging_parameters_are_worded_as_on_every_other_list() {
        String slug = slug();
        create(slug, "public");

        assertThat(admin.get("api/collections/" + slug + "/members?offset=-1").json().getString("detail"))
                .isEqualTo("offset must be 0 or more, was -1");
        assertThat(admin.get("api/collections/" + slug + "/members?limit=0").json().getString("detail"))
                .isEqualTo("limit must be between 1 and 100, was 0");
        assertThat(admin.get("api/collections/" + slug + "/history?offset=-1").json().getString("detail"))
                .isEqualTo("offset must be 0 or more, was -1");
        assertThat(admin.get("api/actors?limit=0").json().getString("detail"))
                .isEqualTo("limit must be between 1 and 200, was 0");
        Reply notANumber = admin.get("api/actors?offset=first");
        assertThat(notANumber.status()).as(notANumber.body()).isEqualTo(400);
        assertThat(notANumber.json().getString("detail")).isEqualTo("offset must be a whole number, was 'first'");
        assertThat(admin.get("api/search/statements?page=0").json().getString("detail"))
                .isEqualTo("page must be 1 or more, was 0");
    }

    private static List<Long> longs(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    @Test
    void every_hit_of_a_search_can_be_added_at_once() {
        archive("Geneva talks");
        archive("Vienna talks");
        String slug = slug();
        create(slug, "public");

        Reply added = admin.postEmpty("api/collections/" + slug + "/members/search?of=statements&q=" + marker);

        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().getJsonArray("statementsChanged")).hasSize(4);
        assertThat(total(search(admin, "statements", "collection=" + slug))).isEqualTo(4);
        Reply wrongKind = admin.postJson("api/collections/" + slug + "/members/search?of=actors&q=" + marker, "{}");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("of");
        Reply none = admin.postJson("api/collections/" + slug + "/members/search?of=articles&q=nosuchword" + marker, "{}");
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json().getJsonArray("articlesChanged")).isEmpty();
    }

    @Test
    void a_private_collection_is_invisible_to_anonymous_visitors_and_researchers_but_not_to_librarians() {
        JsonObject article = archive("Secret talks");
        String secret = slug();
        create(secret, "private");
        assertThat(addMembers(secret, List.of(id(article)), List.of()).status()).isEqualTo(200);
        HttpApi anonymous = HttpApi.anonymous(baseUrl);
        HttpApi researcher = HttpApi.withBasic(baseUrl, ItAccounts.createUser(admin, "reader", "researcher"), ItAccounts.PASSWORD);
        HttpApi librarian = HttpApi.withBasic(baseUrl, ItAccounts.createUser(admin, "curator", "librarian"), ItAccounts.PASSWORD);

        for (HttpApi outsider : List.of(anonymous, researcher)) {
            Reply one = outsider.get("api/collections/" + secret);
            assertThat(one.status()).isEqualTo(404);
            assertThat(one.contentType()).startsWith("application/problem+json");
            assertThat(outsider.get("api/collections/" + secret + "/history").status()).isEqualTo(404);
            assertThat(outsider.get("api/collections/" + secret + "/members").status()).isEqualTo(404);
            assertThat(outsider.get("api/collections").jsonArray().getValuesAs(JsonObject.class))
                    .extracting(c -> c.getString("slug")).doesNotContain(secret);
            JsonObject found = search(outsider, "statements", "");
            assertThat(total(found)).as("its members are ordinary records").isEqualTo(2);
            assertThat(collectionFacet(found)).doesNotContainKey(secret);
            assertThat(collectionFacet(search(outsider, "articles", ""))).doesNotContainKey(secret);
            Reply filtered = outsider.get("api/search/statements?q=" + marker + "&collection=" + secret);
            assertThat(filtered.status()).as("filtering by a collection one may not see").isEqualTo(404);
            assertThat(outsider.get("api/search/statements/facets/collection?q=" + marker).json().getJsonArray("values")
                    .getValuesAs(JsonObject.class)).extracting(v -> v.getString("value")).doesNotContain(secret);
        }
        assertThat(librarian.get("api/collections/" + secret).status()).isEqualTo(200);
        assertThat(collectionFacet(search(librarian, "statements", ""))).containsEntry(secret, 2L);
        assertThat(total(search(librarian, "statements", "collection=" + secret))).isEqualTo(2);

        Reply published = admin.patchMerge("api/collections/" + secret, "{\"visibility\":\"public\"}",
                "If-Match", "\"" + admin.get("api/collections/" + secret).json().getJsonNumber("version") + "\"");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(collectionFacet(search(anonymous, "statements", ""))).containsEntry(secret, 2L);
        assertThat(anonymous.get("api/collections/" + secret).status()).isEqualTo(200);
    }

    @Test
    void history_shows_each_change_with_before_after_user_and_reason() {
        JsonObject article = archive("Talks history");
        String slug = slug();
        JsonObject created = create(slug, "public");
        Reply edited = admin.patchMerge("api/collections/" + slug,
                "{\"title\":\"Peace talks\",\"reason\":\"Clearer title\"}", "If-Match", "\"" + created.getJsonNumber("version") + "\"");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.header("ETag")).contains("\"" + edited.json().getJsonNumber("version") + "\"");
        assertThat(addMembers(slug, List.of(id(article)), List.of(), "X-Dictum-Reason", "Belongs here").status()).isEqualTo(200);

        Reply reply = admin.get("api/collections/" + slug + "/history");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonArray history = reply.jsonArray();
        assertThat(history).hasSize(3);
        JsonObject membership = history.getJsonObject(0);
        assertThat(membership.getString("record")).isEqualTo("collection");
        assertThat(membership.getString("reason")).isEqualTo("Belongs here");
        assertThat(changes(membership)).containsEntry("articles", "null -> " + id(article));
        JsonObject retitled = history.getJsonObject(1);
        assertThat(retitled.getString("user")).isEqualTo(ItAccounts.ADMIN);
        assertThat(retitled.getString("reason")).isEqualTo("Clearer title");
        assertThat(changes(retitled)).containsExactlyEntriesOf(Map.of("title", "Talks " + slug + " -> Peace talks"));
        JsonObject creation = history.getJsonObject(2);
        assertThat(creation.getString("kind")).isEqualTo("created");
        assertThat(creation.getString("reason")).isEqualTo("Research dossier");
        assertThat(changes(creation)).containsEntry("visibility", "null -> public").containsEntry("owner", "null -> admin");

        Reply audit = admin.get("api/audit?format=jsonl");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body().lines().filter(line -> line.contains("\"record\":\"collection\"") && line.contains("Clearer title")))
                .hasSize(1);
    }

    private static Map<String, String> changes(JsonObject revision) {
        return revision.getJsonArray("changes").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                c -> c.getString("field"),
                c -> text(c, "before") + " -> " + text(c, "after")));
    }

    private static String text(JsonObject change, String name) {
        return change.isNull(name) ? "null" : change.getString(name);
    }

    @Test
    void every_membership_change_answers_the_collections_new_version_as_etag_for_the_next_change() {
        long article = id(archive("Geneva talks"));
        String slug = slug();
        String tag = "\"" + create(slug, "public").getJsonNumber("version") + "\"";

        Reply added = addMembers(slug, List.of(article), List.of(), "If-Match", tag);
        tag = answeredTag(added, slug);
        Reply removed = admin.postJson("api/collections/" + slug + "/members/remove", members(List.of(article), List.of()),
                "If-Match", tag);
        tag = answeredTag(removed, slug);
        Reply searched = admin.postJson("api/collections/" + slug + "/members/search?of=articles&q=" + marker, "{}", "If-Match", tag);
        tag = answeredTag(searched, slug);

        Reply edited = admin.patchMerge("api/collections/" + slug, "{\"description\":\"Chained\"}", "If-Match", tag);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    }

    /** The ETag a membership change answered: the version in its body and the one a GET answers now. */
    private String answeredTag(Reply reply, String slug) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String tag = "\"" + reply.json().getJsonObject("collection").getJsonNumber("version") + "\"";
        assertThat(reply.header("ETag")).as("the ETag of " + reply).contains(tag);
        assertThat(admin.get("api/collections/" + slug).header("ETag")).contains(tag);
        return tag;
    }

    @Test
    void a_stale_version_gets_409_and_a_missing_one_428() {
        String slug = slug();
        JsonObject created = create(slug, "public");
        String read = "\"" + created.getJsonNumber("version") + "\"";
        assertThat(admin.patchMerge("api/collections/" + slug, "{\"description\":\"First edit\"}", "If-Match", read).status())
                .isEqualTo(200);

        Reply stale = admin.patchMerge("api/collections/" + slug, "{\"description\":\"Second edit\"}", "If-Match", read);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().getString("type")).endsWith("/conflict");
        Reply staleMembers = addMembers(slug, List.of(id(archive("Stale"))), List.of(), "If-Match", read);
        assertThat(staleMembers.status()).isEqualTo(409);
        Reply none = admin.patchMerge("api/collections/" + slug, "{\"description\":\"Blind edit\"}");
        assertThat(none.status()).isEqualTo(428);
        assertThat(admin.get("api/collections/" + slug).json().getString("description")).isEqualTo("First edit");
    }

    @Test
    void bad_input_gets_400_with_the_offending_fields() {
        assertThat(violationField(admin.postJson("api/collections", "{\"title\":\" \"}"))).isEqualTo("title");
        assertThat(violationField(admin.postJson("api/collections", "{\"title\":\"T\",\"slug\":\"Not A Slug\"}"))).isEqualTo("slug");
        assertThat(violationField(admin.postJson("api/collections", "{\"title\":\"T\",\"visibility\":\"secret\"}")))
                .isEqualTo("visibility");
        String slug = slug();
        create(slug, "public");
        assertThat(violationField(addMembers(slug, List.of(Long.MAX_VALUE), List.of()))).isEqualTo("articles");
        assertThat(violationField(addMembers(slug, List.of(), List.of()))).isEqualTo("articles");
        Reply taken = admin.postJson("api/collections", "{\"title\":\"T\",\"slug\":\"" + slug + "\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(admin.get("api/collections/no-such-collection").status()).isEqualTo(404);
    }

    @Test
    void a_merge_patch_null_removes_the_description_but_is_refused_for_the_required_title() {
        String slug = slug();
        String read = "\"" + create(slug, "public").getJsonNumber("version") + "\"";

        assertThat(violationField(admin.patchMerge("api/collections/" + slug, "{\"title\":null}", "If-Match", read)))
                .isEqualTo("title");
        assertThat(violationField(admin.patchMerge("api/collections/" + slug, "{\"visibility\":null}", "If-Match", read)))
                .isEqualTo("visibility");
        assertThat(admin.get("api/collections/" + slug).json().getString("title")).isEqualTo("Talks " + slug);

        Reply cleared = admin.patchMerge("api/collections/" + slug, "{\"description\":null}", "If-Match", read);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        JsonObject after = admin.get("api/collections/" + slug).json();
        assertThat(after.containsKey("description") && !after.isNull("description")).as(after.toString()).isFalse();
        assertThat(after.getString("title")).isEqualTo("Talks " + slug);
    }

    private static String violationField(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getJsonArray("violations").getJsonObject(0).getString("field");
    }

    @Test
    void a_deleted_collection_is_gone_from_api_and_search_but_its_members_and_history_stay() {
        JsonObject article = archive("Deleted talks");
        String slug = slug();
        JsonObject created = create(slug, "public");
        Reply added = addMembers(slug, List.of(id(article)), List.of());
        long version = added.json().getJsonObject("collection").getJsonNumber("version").longValue();
        assertThat(version).isGreaterThan(created.getJsonNumber("version").longValue());

        Reply deleted = admin.delete("api/collections/" + slug);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(admin.get("api/collections/" + slug).status()).isEqualTo(410);
        JsonObject statements = search(admin, "statements", "");
        assertThat(total(statements)).isEqualTo(2);
        assertThat(collectionFacet(statements)).doesNotContainKey(slug);
        assertThat(admin.get("api/search/statements?q=" + marker + "&collection=" + slug).status()).isEqualTo(410);
        JsonArray history = admin.get("api/collections/" + slug + "/history").jsonArray();
        assertThat(history.getJsonObject(0).getString("kind")).isEqualTo("deleted");
        assertThat(HttpApi.anonymous(baseUrl).get("api/collections/" + slug + "/history").status()).isEqualTo(404);
        Optional<JsonObject> stillThere = Optional.of(admin.get("api/articles/" + id(article)).json());
        assertThat(stillThere.get().getString("title")).isEqualTo("Deleted talks");
    }

    @Test
    void a_deleted_collections_slug_answers_410_and_is_never_given_to_another_collection() {
        String slug = slug();
        create(slug, "public");
        assertThat(admin.delete("api/collections/" + slug).status()).isEqualTo(204);

        for (HttpApi reader : List.of(admin, HttpApi.anonymous(baseUrl))) {
            Reply gone = reader.get("api/collections/" + slug);
            assertThat(gone.status()).as(gone.body()).isEqualTo(410);
            assertThat(gone.contentType()).startsWith("application/problem+json");
            assertThat(gone.json().getString("type")).isEqualTo("https://dictum.org/problems/gone");
            assertThat(gone.json().getInt("status")).isEqualTo(410);
            assertThat(gone.json().getString("detail")).startsWith("The collection '" + slug + "' was deleted on ")
                    .endsWith("its slug stays reserved and never names another collection");
            assertThat(reader.get("api/collections/" + slug + "/members").status()).isEqualTo(410);
        }
        Reply reused = admin.postJson("api/collections", Json.createObjectBuilder().add("slug", slug).add("title", "Other talks")
                .build().toString());

        assertThat(reused.status()).as(reused.body()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().getString("type")).isEqualTo("https://dictum.org/problems/conflict");
        assertThat(reused.json().getString("detail")).startsWith("The slug '" + slug + "' belonged to a collection deleted on ");
        assertThat(admin.get("api/collections/" + slug).status()).as("nothing was created").isEqualTo(410);
        assertThat(admin.get("api/collections").jsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("title")).doesNotContain("Other talks");
    }

    @Test
    void a_slug_made_from_a_title_passes_over_a_deleted_collections_slug() {
        String title = "Gone " + marker;
        Reply first = admin.postJson("api/collections", Json.createObjectBuilder().add("title", title).build().toString());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String slug = first.json().getString("slug");
        assertThat(slug).isEqualTo("gone-" + marker);
        assertThat(admin.delete("api/collections/" + slug).status()).isEqualTo(204);

        Reply second = admin.postJson("api/collections", Json.createObjectBuilder().add("title", title).build().toString());

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().getString("slug")).isEqualTo(slug + "-2");
        assertThat(admin.get("api/collections/" + slug).status()).isEqualTo(410);
    }

    @Test
    void a_deleted_private_collection_is_gone_for_those_who_saw_it_and_unknown_to_the_others() {
        String slug = slug();
        create(slug, "private");
        assertThat(admin.delete("api/collections/" + slug).status()).isEqualTo(204);
        HttpApi researcher = HttpApi.withBasic(baseUrl, ItAccounts.createUser(admin, "reader", "researcher"), ItAccounts.PASSWORD);
        HttpApi librarian = HttpApi.withBasic(baseUrl, ItAccounts.createUser(admin, "curator", "librarian"), ItAccounts.PASSWORD);

        assertThat(HttpApi.anonymous(baseUrl).get("api/collections/" + slug).status()).isEqualTo(404);
        Reply unknown = researcher.get("api/collections/" + slug);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("deleted");
        assertThat(researcher.get("api/search/statements?q=" + marker + "&collection=" + slug).status()).isEqualTo(404);
        assertThat(librarian.get("api/collections/" + slug).status()).isEqualTo(410);
        assertThat(admin.get("api/collections/" + slug).status()).as("its owner").isEqualTo(410);
    }
}
