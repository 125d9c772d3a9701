package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
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
 * The librarians' portal forms beyond verify and reject: a statement's mentioned actors and topics
 * in the correct and add forms, the article details form and its answer when someone else changed
 * the article meanwhile, and splitting an actor on the Actors page.
 */
class CurationFormsIT extends ClientSideIntegrationTest {

    private HttpApi admin;
    private String suffix;

    @BeforeEach
    void setUp() {
        admin = new HttpApi(baseUrl);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_correction_form_sets_mentioned_actors_and_topics_from_the_authority_and_taxonomy() {
        String actor = created("api/actors", "canonicalName", "Mentioned Body " + suffix);
        String topic = created("api/topics", "label", "Grain corridor " + suffix);
        long article = archive("Talks will resume next week, the minister said on Saturday.");
        JsonObject statement = statements(article).get(0);
        PortalClient browser = librarian();
        Page form = browser.open("article.xhtml?id=" + article + "&correct=" + statement.getJsonNumber("id"));

        assertThat(form.textOf("correct-form")).isEqualTo("Correct statement " + statement.getJsonNumber("id"));
        Page picked = browser.submit(form, "correct", Map.of("correct:mentioned-input", actor), "correct:mentioned-add");

        assertThat(picked.document().select("#correct .picked").eachText()).anySatisfy(chip -> assertThat(chip).contains(actor));
        Page saved = browser.submit(picked, "correct", Map.of("correct:topics-input", topic, "correct:reason", "named in the text"),
                "correct:save");

        assertThat(saved.textOf("curation-messages")).isEqualTo("Statement corrected.");
        JsonObject corrected = statements(article).get(0);
        assertThat(names(corrected, "mentionedActors")).containsExactly(actor);
        assertThat(names(corrected, "topics")).contains(topic);
        assertThat(corrected.getString("status")).isEqualTo("CORRECTED");
        assertThat(admin.get("api/statements/" + statement.getJsonNumber("id") + "/history").jsonArray().getJsonObject(0)
                .getString("reason")).as("the reason typed in the form is recorded with the correction").isEqualTo("named in the text");
    }

    @Test
    void a_picked_name_s_remove_on_a_page_older_than_the_picks_is_not_taken_for_the_name_now_in_its_place() {
        long article = archive("Barges will sail again, the minister said on Tuesday.");
        JsonObject statement = statements(article).get(0);
        PortalClient browser = librarian();
        Page form = browser.open("article.xhtml?id=" + article + "&correct=" + statement.getJsonNumber("id"));
        Page one = browser.submit(form, "correct", Map.of("correct:mentioned-input", "First Pick " + suffix), "correct:mentioned-add");
        Page both = browser.submit(one, "correct", Map.of("correct:mentioned-input", "Second Pick " + suffix), "correct:mentioned-add");
        assertThat(picked(both)).containsExactly("First Pick " + suffix, "Second Pick " + suffix);
        String removeFirst = both.document().select("#correct\\:mentioned .picked input[type=submit]").first().attr("name");
        Page removed = browser.submit(both, "correct", Map.of(), removeFirst);
        assertThat(picked(removed)).containsExactly("Second Pick " + suffix);

        // The page from before the removal (the browser's Back): its first × is now the second name's place.
        Page stale = browser.submit(both, "correct", Map.of(), removeFirst);

        assertThat(stale.textOf("curation-messages")).startsWith("The list changed since this page was shown, so nothing was done");
        assertThat(picked(stale)).as("the name now in that place is kept").containsExactly("Second Pick " + suffix);
    }

    /** The mentioned actors the form shows picked (this test's only). */
    private List<String> picked(Page page) {
        return page.document().select("#correct\\:mentioned .picked").stream().map(Element::ownText).map(String::strip)
                .filter(name -> name.endsWith(suffix)).toList();
    }

    @Test
    void a_correction_saved_unchanged_says_there_was_nothing_to_correct() {
        long article = archive("Ferries will run again, the port said on Friday.");
        JsonObject statement = statements(article).get(0);
        PortalClient browser = librarian();
        Page form = browser.open("article.xhtml?id=" + article + "&correct=" + statement.getJsonNumber("id"));

        Page saved = browser.submit(form, "correct", Map.of(), "correct:save");

        assertThat(saved.textOf("curation-messages")).isEqualTo("Nothing to correct: the statement already reads as the form says.");
        assertThat(statements(article).get(0).getString("status")).isEqualTo("EXTRACTED");
    }

    @Test
    void an_unknown_mentioned_actor_is_refused_with_a_message_and_nothing_changes() {
        long article = archive("Ports stay open, the mayor said on Sunday.");
        JsonObject statement = statements(article).get(0);
        PortalClient browser = librarian();
        Page form = browser.open("article.xhtml?id=" + article + "&correct=" + statement.getJsonNumber("id"));

        Page refused = browser.submit(form, "correct", Map.of("correct:mentioned-input", "Nobody " + suffix), "correct:save");

        assertThat(refused.textOf("correct:mentioned-input-message")).contains("No actor is named Nobody " + suffix);
        assertInvalid(refused, "correct:mentioned-input");
        assertThat(statements(article).get(0).getString("status")).isEqualTo("EXTRACTED");
    }

    @Test
    void a_refused_correction_keeps_the_form_open_with_what_the_librarian_typed() {
        long article = archive("Grain will flow again, the minister said on Saturday.");
        JsonObject statement = statements(article).get(0);
        PortalClient browser = librarian();
        Page form = browser.open("article.xhtml?id=" + article + "&correct=" + statement.getJsonNumber("id"));

        Page refused = browser.submit(form, "correct", Map.of("correct:cue", "announced", "correct:statementDate", "1500-01-01",
                "correct:reason", "cue as printed " + suffix), "correct:save");

        assertThat(refused.textOf("correct:statementDate-message")).startsWith("Statement date 1500-01-01 is outside the dates");
        assertInvalid(refused, "correct:statementDate");
        assertThat(refused.document().getElementById("correct")).as("the correction form stays open").isNotNull();
        assertThat(refused.document().getElementById("correct:cue").val()).isEqualTo("announced");
        assertThat(refused.document().getElementById("correct:statementDate").val()).isEqualTo("1500-01-01");
        assertThat(refused.document().getElementById("correct:reason").val()).isEqualTo("cue as printed " + suffix);
        assertThat(statements(article).get(0).getString("status")).isEqualTo("EXTRACTED");

        String date = statement.isNull("statementDate") ? "" : statement.getString("statementDate");
        Page mended = browser.submit(refused, "correct", Map.of("correct:statementDate", date), "correct:save");

        assertThat(mended.textOf("curation-messages")).isEqualTo("Statement corrected.");
        assertThat(statements(article).get(0).getString("cue")).isEqualTo("announced");
    }

    @Test
    void a_refused_addition_keeps_what_the_librarian_typed() {
        long article = archive("Ships may dock again. Talks will resume, the minister said on Saturday.");
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);

        Page refused = browser.submit(page, "add", Map.of("add:start", "10", "add:end", "5", "add:speaker", "the harbour master",
                "add:cue", "wrote"), "add:submit");

        assertThat(refused.textOf("add:end-message")).contains("end must be after start");
        assertInvalid(refused, "add:end");
        assertThat(refused.document().getElementById("add:speaker").val()).isEqualTo("the harbour master");
        assertThat(refused.document().getElementById("add:cue").val()).isEqualTo("wrote");
        assertThat(refused.document().getElementById("add:start").val()).isEqualTo("10");
    }

    @Test
    void an_offset_that_is_no_number_is_refused_in_words_next_to_its_field() {
        long article = archive("Ships may dock again, the harbour master said on Monday.");
        PortalClient browser = librarian();

        Page refused = browser.submit(browser.open("article.xhtml?id=" + article), "add", Map.of("add:start", "abc", "add:end", "5"),
                "add:submit");

        assertThat(refused.textOf("add:start-message")).isEqualTo("Enter a whole number, not 'abc'");
        assertThat(refused.document().getElementById("add:start").val()).isEqualTo("abc");
    }

    @Test
    void the_links_repeated_in_each_statement_row_are_named_after_their_statement() {
        long article = archive("The bridge will reopen in May, the mayor said on Friday. "
                + "Traffic will be light at first, a police spokesman said.");
        assertThat(statements(article)).hasSizeGreaterThan(1);
        Page page = librarian().open("article.xhtml?id=" + article);

        assertThat(page.document().select("form.curate-statement a.correct").eachAttr("aria-label"))
                .startsWith("Correct statement 1", "Correct statement 2");
        assertThat(page.document().select("form.curate-statement a.correct").eachText()).as("the visible text stays short")
                .containsOnly("Correct…");
        assertThat(page.document().select("a.statement-history").eachAttr("aria-label"))
                .startsWith("History of statement 1", "History of statement 2");
        assertThat(page.document().select("p.cite a.permalink").eachAttr("aria-label"))
                .startsWith("Permalink of statement 1", "Permalink of statement 2");
        assertThat(page.document().select("p.cite a[href$=format=ris]").eachAttr("aria-label"))
                .startsWith("Cite statement 1 as RIS", "Cite statement 2 as RIS");
    }

    @Test
    void the_fields_repeated_in_each_statement_row_are_named_after_their_statement() {
        assertThat(admin.postJson("api/collections", Json.createObjectBuilder().add("title", "Row fields " + suffix)
                .add("visibility", "public").build().toString()).status()).isEqualTo(201);
        long article = archive("The ferry will run again in June, the harbour master said on Monday. "
                + "Fares will stay the same, a company spokeswoman said.");
        assertThat(statements(article)).hasSizeGreaterThan(1);
        Page page = librarian().open("article.xhtml?id=" + article);

        assertThat(page.document().select("form.curate-statement input.reason").eachAttr("aria-label"))
                .as("not a list of fields all called 'Reason'").startsWith("Reason for statement 1", "Reason for statement 2");
        assertThat(page.document().select("form.collect-statement select.collection-choice").eachAttr("aria-label"))
                .startsWith("Collection for statement 1", "Collection for statement 2");
    }

    @Test
    void each_name_picker_s_add_button_says_what_it_adds() {
        long article = archive("The museum will open on Sunday, the curator said on Friday.");
        Page page = librarian().open("article.xhtml?id=" + article);

        assertThat(page.document().select("#add input.picker-add").eachAttr("aria-label"))
                .as("not two buttons both called 'Add'").containsExactly("Add actor", "Add topic");
        assertThat(page.document().select("#add input.picker-add").eachAttr("value")).containsOnly("Add");
    }

    @Test
    void a_reason_typed_to_reject_a_statement_that_is_not_the_last_one_listed_is_read() {
        long article = archive("Repairs to the sea wall will take three months, the engineer said on Sunday. "
                + "The insurers expect claims to rise, an industry spokesman said.");
        assertThat(statements(article)).as("two statements, so that the first is not the last").hasSizeGreaterThan(1);
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);
        Element first = page.document().selectFirst("form.curate-statement");
        long statement = Long.parseLong(first.selectFirst("input[name=statement]").val());
        assertThat(page.document().select("form.curate-statement input.reject").eachAttr("aria-label"))
                .as("each Reject names its statement").startsWith("Reject statement 1", "Reject statement 2");

        Page rejected = browser.submit(page, first.id(), Map.of(first.selectFirst("input.reason").attr("name"), "a forecast, not a statement"),
                first.selectFirst("input.reject").attr("name"));

        assertThat(rejected.textOf("curation-messages")).isEqualTo("Statement rejected.");
        JsonObject stored = statements(article).stream().filter(s -> s.getJsonNumber("id").longValue() == statement).findFirst().orElseThrow();
        assertThat(stored.getString("status")).isEqualTo("REJECTED");
        assertThat(stored.getString("rejectionReason")).isEqualTo("a forecast, not a statement");
    }

    @Test
    void rejecting_a_statement_without_a_reason_is_refused_next_to_that_statement_s_reason_field() {
        long article = archive("Repairs to the sea wall will take three months, the engineer said on Sunday. "
                + "The insurers expect claims to rise, an industry spokesman said.");
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);
        Element first = page.document().selectFirst("form.curate-statement");
        String reason = first.selectFirst("input.reason").id();

        Page refused = browser.submit(page, first.id(), Map.of(), first.selectFirst("input.reject").attr("name"));

        assertThat(refused.textOf(reason + "-message")).isEqualTo("Say why the statement is rejected");
        assertInvalid(refused, reason);
        assertThat(refused.document().select("form.curate-statement input.reason[aria-invalid]"))
                .as("only the reason field of the statement rejected is marked").hasSize(1);
        assertThat(statements(article)).extracting(s -> s.getString("status")).containsOnly("EXTRACTED");
    }

    @Test
    void verify_and_add_to_collection_act_on_the_statement_shown_when_one_was_added_before_it_meanwhile() {
        long article = archive("Ships may dock again. Talks will resume, the minister said on Saturday.");
        long shown = statements(article).get(0).getJsonNumber("id").longValue();
        String slug = "rows-" + suffix;
        assertThat(admin.postJson("api/collections", Json.createObjectBuilder().add("slug", slug).add("title", "Rows " + suffix)
                .add("visibility", "public").build().toString()).status()).isEqualTo(201);
        PortalClient browser = librarian();
        Page toVerify = browser.open("article.xhtml?id=" + article);
        Page toCollect = browser.open("article.xhtml?id=" + article);
        String version = admin.get("api/articles/" + article).header("ETag").orElseThrow();
        Reply added = admin.postJson("api/articles/" + article + "/statements",
                "{\"start\":0,\"end\":" + "Ships may dock again.".length() + ",\"reason\":\"missed\"}", "If-Match", version);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long meanwhile = added.json().getJsonNumber("id").longValue(); // now first in the list, in the row the librarian clicks

        Element verifyForm = toVerify.document().selectFirst("form.curate-statement");
        Page verified = browser.submit(toVerify, verifyForm.id(), Map.of(), verifyForm.selectFirst("input.verify").attr("name"));
        Element collectForm = toCollect.document().selectFirst("form.collect-statement");
        Page collected = browser.submit(toCollect, collectForm.id(), Map.of(collectForm.selectFirst("select").attr("name"), slug),
                collectForm.selectFirst("input.add-statement-to-collection").attr("name"));

        assertThat(verified.textOf("curation-messages")).isEqualTo("Statement verified.");
        assertThat(statusOf(article, shown)).isEqualTo("VERIFIED");
        assertThat(statusOf(article, meanwhile)).as("the statement added meanwhile is left as it was").isEqualTo("ADDED");
        assertThat(collected.textOf("curation-messages")).startsWith("Added to");
        assertThat(admin.get("api/search/statements?collection=" + slug).json().getJsonArray("hits").getValuesAs(JsonObject.class))
                .extracting(hit -> hit.getJsonNumber("id").longValue()).containsExactly(shown);
    }

    @Test
    void the_add_form_gives_the_new_statement_its_mentioned_actors_and_topics() {
        String actor = created("api/actors", "canonicalName", "Added Body " + suffix);
        String topic = created("api/topics", "label", "Port access " + suffix);
        String text = "Ships may dock again. Talks will resume, the minister said on Saturday.";
        long article = archive(text);
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);

        Page added = browser.submit(page, "add", Map.of("add:start", "0", "add:end", Integer.toString("Ships may dock again.".length()),
                "add:mentioned-input", actor, "add:topics-input", topic), "add:submit");

        assertThat(added.textOf("curation-messages")).isEqualTo("Statement added.");
        JsonObject statement = statements(article).stream().filter(s -> s.getString("status").equals("ADDED")).findFirst().orElseThrow();
        assertThat(names(statement, "mentionedActors")).containsExactly(actor);
        assertThat(names(statement, "topics")).contains(topic);
    }

    @Test
    void an_ill_formed_language_is_refused_next_to_its_field_and_neither_stored_nor_patched_in() {
        long article = archive("Rates held, the bank said on Tuesday.");
        jakarta.json.JsonValue language = admin.get("api/articles/" + article).json().get("language");
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);

        Page refused = browser.submit(page, "metadata", Map.of("metadata:language", "xx-invalid-lang"), "metadata:save");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.textOf("metadata:language-message")).startsWith("Language 'xx-invalid-lang' is not a language tag");
        assertThat(refused.document().getElementById("metadata:language").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().getElementById("metadata:language").val()).isEqualTo("xx-invalid-lang");
        assertThat(admin.get("api/articles/" + article).json().get("language")).isEqualTo(language);
        String version = admin.get("api/articles/" + article).header("ETag").orElseThrow();
        Reply patched = admin.patchMerge("api/articles/" + article, "{\"language\":\"xx-invalid-lang\"}", "If-Match", version);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(400);
        assertThat(patched.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("language");
        assertThat(admin.get("api/articles/" + article).json().get("language")).isEqualTo(language);
    }

    @Test
    void an_impossible_publication_date_is_refused_next_to_its_field_in_words() {
        long article = archive("Talks resumed, the envoy said on Friday.");
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);

        Page refused = browser.submit(page, "metadata", Map.of("metadata:publishedAt", "2022-02-30"), "metadata:save");

        assertThat(refused.textOf("metadata:publishedAt-message")).startsWith("Publication date '2022-02-30' is not");
        assertThat(refused.document().getElementById("metadata:publishedAt").val()).isEqualTo("2022-02-30");
        assertThat(admin.get("api/articles/" + article).json().getString("publishedAt")).startsWith("2022-01-09");
    }

    @Test
    void article_details_changed_meanwhile_by_someone_else_get_a_conflict_message_not_an_error_page() {
        long article = archive("Exports fell, the ministry said on Monday.");
        PortalClient browser = librarian();
        Page page = browser.open("article.xhtml?id=" + article);
        String version = admin.get("api/articles/" + article).header("ETag").orElseThrow();
        Reply other = admin.patchMerge("api/articles/" + article, "{\"title\":\"Their title " + suffix + "\"}", "If-Match", version);
        assertThat(other.status()).as(other.toString()).isEqualTo(200);

        Page conflict = browser.submit(page, "metadata", Map.of("metadata:title", "My title " + suffix), "metadata:save");

        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.textOf("curation-messages")).contains("changed meanwhile");
        assertThat(admin.get("api/articles/" + article).json().getString("title")).isEqualTo("Their title " + suffix);

        Page reloaded = browser.open("article.xhtml?id=" + article);
        assertThat(reloaded.document().getElementById("metadata:title").val()).isEqualTo("Their title " + suffix);
        Page saved = browser.submit(reloaded, "metadata", Map.of("metadata:title", "My title " + suffix,
                "metadata:reason", "headline as printed"), "metadata:save");

        assertThat(saved.textOf("curation-messages")).isEqualTo("Article details saved.");
        JsonObject stored = admin.get("api/articles/" + article).json();
        assertThat(stored.getString("title")).isEqualTo("My title " + suffix);
        assertThat(stored.getString("publishedAt")).as("an untouched field is not rewritten").startsWith("2022-01-09");
    }

    @Test
    void a_librarian_splits_ticked_statements_off_to_a_new_actor_and_a_taken_name_is_refused_with_a_message() {
        String speaker = "Zorbal Quint" + suffix.replaceAll("[0-9-]", "x");
        long article = archive("Grain exports will resume, " + speaker + " said on Monday. Ports stay open, " + speaker + " added.");
        List<JsonObject> spoken = statements(article);
        long moved = spoken.get(0).getJsonNumber("id").longValue();
        PortalClient browser = librarian();
        Page found = browser.submit(browser.open("curation/actors.xhtml"), "search", Map.of("search:q", speaker), "search:submit");
        Element row = found.document().select("#actors\\:list tbody tr").stream()
                .filter(r -> r.text().contains(speaker)).findFirst().orElseThrow();
        Page editing = browser.submit(found, "actors", Map.of(), row.selectFirst("input[id$=edit]").attr("name"));
        assertThat(editing.document().select("#split input[type=checkbox][value=" + moved + "]")).hasSize(1);

        Page answer = browser.answer(editing, "split", Map.of("split:statements", Long.toString(moved),
                "split:name", "Zorbal Junior " + suffix), Set.of(), "split:submit");

        assertThat(answer.status()).as("the post is answered by a redirect, which a reload does not post again: %s", answer.body())
                .isIn(302, 303);
        Page split = browser.followed(answer);
        assertThat(split.textOf("selected-name")).as("the actor split is shown again").isEqualTo(speaker);

        assertThat(split.textOf("messages")).startsWith("Split 1 statement from");
        assertThat(admin.get("api/statements/" + moved).json().getString("speakerActor")).isEqualTo("Zorbal Junior " + suffix);
        assertThat(admin.get("api/statements/" + spoken.get(1).getJsonNumber("id")).json().getString("speakerActor")).isEqualTo(speaker);

        Page taken = browser.submit(split, "split", Map.of("split:other", spoken.get(1).getJsonNumber("id").toString(),
                "split:name", "Zorbal Junior " + suffix), "split:submit");

        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.textOf("messages")).startsWith("Not split: The name 'Zorbal Junior " + suffix + "' belongs to actor");
        assertThat(admin.get("api/statements/" + spoken.get(1).getJsonNumber("id")).json().getString("speakerActor")).isEqualTo(speaker);
    }

    private long archive(String text) {
        Reply reply = admin.postJson("api/articles", Json.createObjectBuilder().add("title", "Forms " + suffix)
                .add("publishedAt", "2022-01-09").add("text", text + " Ref " + suffix + ".").build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private List<JsonObject> statements(long article) {
        return admin.get("api/articles/" + article).json().getJsonArray("statements").getValuesAs(JsonObject.class);
    }

    private String statusOf(long article, long statement) {
        return statements(article).stream().filter(s -> s.getJsonNumber("id").longValue() == statement).findFirst().orElseThrow()
                .getString("status");
    }

    private String created(String path, String field, String name) {
        Reply reply = admin.postJson(path, Json.createObjectBuilder().add(field, name).build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return name;
    }

    private static List<String> names(JsonObject statement, String field) {
        return statement.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private PortalClient librarian() {
        String librarian = ItAccounts.createUser(admin, "forms-librarian", "librarian");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(librarian, ItAccounts.PASSWORD);
        return browser;
    }

    /** The field is marked invalid and described by its message, which stands next to it and not above the forms. */
    private static void assertInvalid(Page page, String field) {
        Element input = page.document().getElementById(field);
        assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(input.attr("aria-describedby")).as(field).isEqualTo(field + "-message");
        assertThat(page.textOf("curation-messages")).as("the refusal only once, next to " + field).isNullOrEmpty();
    }
}
