package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Actors and Taxonomy pages: librarians only, names shown as text, merge with a confirmation step. */
class CurationPagesIT extends ClientSideIntegrationTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    private HttpApi admin;
    private String suffix;

    @BeforeEach
    void setUp() {
        admin = new HttpApi(baseUrl);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_curation_pages_need_a_librarian() {
        assertThat(new PortalClient(baseUrl).get("curation/actors.xhtml").location()).contains("login.xhtml");
        String researcher = ItAccounts.createUser(admin, "curation-researcher", "researcher");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(researcher, ItAccounts.PASSWORD);

        assertThat(browser.get("curation/actors.xhtml").status()).isEqualTo(403);
        assertThat(browser.get("curation/taxonomy.xhtml").status()).isEqualTo(403);
    }

    @Test
    void a_librarian_finds_actors_shown_as_text_and_merges_one_after_confirming() {
        long merged = createActor(SCRIPT + " Quint " + suffix);
        long survivor = createActor("Zorbal Quint " + suffix);
        PortalClient browser = librarian();
        Page page = browser.open("curation/actors.xhtml");

        Page found = browser.submit(page, "search", Map.of("search:q", suffix), "search:submit");

        assertThat(found.document().select(".actor-name").eachText()).contains(SCRIPT + " Quint " + suffix);
        assertThat(found.body()).doesNotContain(SCRIPT);
        Element row = found.document().select("#actors\\:list tbody tr").stream()
                .filter(r -> r.text().contains("Zorbal")).findFirst().orElseThrow();
        assertThat(row.text()).contains("Zorbal Quint " + suffix);
        Element scriptRow = found.document().select("#actors\\:list tbody tr").stream()
                .filter(r -> r.text().contains("alert")).findFirst().orElseThrow();
        assertThat(row.selectFirst("input[id$=edit]").attr("aria-label")).isEqualTo("Edit actor 'Zorbal Quint " + suffix + "'");
        Page editing = browser.submit(found, "actors", Map.of(), scriptRow.selectFirst("input[id$=edit]").attr("name"));
        assertThat(editing.textOf("selected-name")).isEqualTo(SCRIPT + " Quint " + suffix);
        assertThat(editing.document().selectFirst("#history-link").attr("href")).endsWith("history.xhtml?record=actor&id=" + merged);
        assertThat(browser.get("history.xhtml?record=actor&id=" + merged).status()).isEqualTo(200);

        Page asked = browser.submit(editing, "merge", Map.of("merge:into", Long.toString(survivor)), "merge:submit");

        assertThat(asked.textOf("merge-confirm:target")).isEqualTo("Zorbal Quint " + suffix);
        assertThat(admin.get("api/actors/" + merged).json().getOrDefault("mergedInto", JsonValue.NULL)).as("nothing merged before confirming").isEqualTo(JsonValue.NULL);
        Page done = browser.submit(asked, "merge-confirm", Map.of(), "merge-confirm:confirm");
        assertThat(done.textOf("messages")).startsWith("Merged");
        assertThat(done.body()).doesNotContain(SCRIPT);
        assertThat(admin.get("api/actors/" + merged).json().getJsonObject("mergedInto").getJsonNumber("id").longValue())
                .isEqualTo(survivor);
    }

    @Test
    void an_actor_s_edit_on_a_page_older_than_the_list_is_not_taken_for_the_actor_now_in_its_row() {
        createActor("Alpha Stale " + suffix);
        createActor("Gamma Stale " + suffix);
        PortalClient browser = librarian();
        Page found = browser.submit(browser.open("curation/actors.xhtml"), "search", Map.of("search:q", suffix), "search:submit");
        createActor("Beta Stale " + suffix);
        Page created = browser.submit(found, "search", Map.of("search:q", suffix), "search:submit");
        assertThat(created.document().select(".actor-name").eachText()).as("the new actor takes the second row")
                .containsExactly("Alpha Stale " + suffix, "Beta Stale " + suffix, "Gamma Stale " + suffix);
        Page alpha = browser.submit(created, "actors", Map.of(), actorRow(created, "Alpha").selectFirst("input[id$=edit]").attr("name"));
        assertThat(alpha.textOf("selected-name")).isEqualTo("Alpha Stale " + suffix);

        // The page from before the new actor (the browser's Back): Gamma's row there is Beta's now.
        Page stale = browser.submit(found, "actors", Map.of(), actorRow(found, "Gamma").selectFirst("input[id$=edit]").attr("name"));

        assertThat(stale.textOf("messages")).startsWith("The list changed since this page was shown, so nothing was done");
        assertThat(stale.textOf("selected-name")).isEqualTo("Alpha Stale " + suffix);
    }

    private static Element actorRow(Page page, String name) {
        return page.document().select("#actors\\:list tbody tr").stream()
                .filter(r -> r.text().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void each_change_on_the_actors_page_answers_with_a_redirect_to_the_actor_so_that_reload_repeats_nothing() {
        long survivor = createActor("Prg Survivor " + suffix);
        PortalClient browser = librarian();
        Page found = browser.submit(browser.open("curation/actors.xhtml"), "search", Map.of("search:q", suffix), "search:submit");

        Page createAnswer = browser.answer(found, "create", Map.of("create:name", "Prg Actor " + suffix), Set.of(), "create:submit");
        Page created = redirected(browser, createAnswer);
        assertThat(created.textOf("messages")).isEqualTo("Created Prg Actor " + suffix + ".");
        assertThat(created.textOf("selected-name")).as("the new actor is shown").isEqualTo("Prg Actor " + suffix);
        assertThat(created.document().select(".actor-name").eachText()).as("the search is kept")
                .containsExactlyInAnyOrder("Prg Actor " + suffix, "Prg Survivor " + suffix);
        Page reloaded = browser.open(createAnswer.location());
        assertThat(reloaded.document().select(".actor-name").eachText()).as("a reload creates no second actor")
                .containsExactlyInAnyOrder("Prg Actor " + suffix, "Prg Survivor " + suffix);

        Page blank = browser.answer(created, "rename", Map.of("rename:name", ""), Set.of(), "rename:submit");
        assertRefusedNextTo(blank, "rename:name");
        assertThat(blank.document().getElementById("rename:name").val()).as("what was typed is kept").isEmpty();

        Page renamed = redirected(browser, browser.answer(blank, "rename", Map.of("rename:name", "Prg Renamed " + suffix), Set.of(), "rename:submit"));
        assertThat(renamed.textOf("selected-name")).isEqualTo("Prg Renamed " + suffix);

        Page aliased = redirected(browser, browser.answer(renamed, "aliases", Map.of("aliases:alias", "Prg Alias " + suffix), Set.of(), "aliases:submit"));
        assertThat(aliased.document().select("#aliases .alias").text()).contains("Prg Alias " + suffix);
        String remove = aliased.document().select("#aliases .alias").stream().filter(a -> a.text().equals("Prg Alias " + suffix))
                .findFirst().orElseThrow().selectFirst("input[type=submit]").attr("name");
        Page unaliased = redirected(browser, browser.answer(aliased, "aliases", Map.of(), Set.of(), remove));
        assertThat(unaliased.textOf("messages")).isEqualTo("Alias removed from Prg Renamed " + suffix + ".");
        assertThat(unaliased.document().select("#aliases .alias").eachText()).doesNotContain("Prg Alias " + suffix);

        Page asked = browser.submit(unaliased, "merge", Map.of("merge:into", Long.toString(survivor)), "merge:submit");
        Page merged = redirected(browser, browser.answer(asked, "merge-confirm", Map.of(), Set.of(), "merge-confirm:confirm"));
        assertThat(merged.textOf("messages")).startsWith("Merged Prg Renamed " + suffix + " into Prg Survivor " + suffix);
        assertThat(merged.document().getElementById("unmerge")).as("the merged actor is shown").isNotNull();

        Page unmerged = redirected(browser, browser.answer(merged, "unmerge", Map.of(), Set.of(), "unmerge:submit"));
        assertThat(unmerged.textOf("messages")).isEqualTo("Unmerged Prg Renamed " + suffix + " from Prg Survivor " + suffix + ".");
    }

    /** Asserts that the POST was answered by a redirect and follows it. */
    private static Page redirected(PortalClient browser, Page answer) {
        assertThat(answer.status()).as("the post is answered by a redirect, not by the page: %s", answer.body()).isIn(302, 303);
        assertThat(answer.location()).contains("curation/actors.xhtml").contains("actor=");
        return browser.followed(answer);
    }

    @Test
    void a_librarian_sees_topic_labels_as_text_and_renames_a_topic() {
        Long id = admin.postJson("api/topics", Json.createObjectBuilder().add("label", "<b>Bold</b> " + suffix).build().toString())
                .json().getJsonNumber("id").longValue();
        PortalClient browser = librarian();
        Page page = browser.open("curation/taxonomy.xhtml");
        assertThat(page.document().select(".topic-label").eachText()).contains("<b>Bold</b> " + suffix);
        assertThat(page.document().getElementById("no-topics")).as("no 'No topics yet' beside topics").isNull();
        assertThat(page.body()).doesNotContain("<b>Bold</b>");
        Element link = page.document().select(".topic-label").stream()
                .filter(a -> a.text().equals("<b>Bold</b> " + suffix)).findFirst().orElseThrow();

        Page selected = browser.submit(page, "tree", Map.of(link.id(), link.id()), null);
        assertThat(selected.textOf("selected-label")).isEqualTo("<b>Bold</b> " + suffix);
        assertThat(selected.document().selectFirst("#history-link").attr("href")).endsWith("history.xhtml?record=topic&id=" + id);
        Page blank = browser.submit(selected, "rename", Map.of("rename:label", ""), "rename:submit");
        assertThat(blank.status()).as("a message, not the error page").isEqualTo(200);
        assertThat(blank.textOf("rename:label-message")).isEqualTo("Enter the new label");
        assertThat(admin.get("api/topics/" + id).json().getString("label")).isEqualTo("<b>Bold</b> " + suffix);

        Page renamed = browser.submit(blank, "rename", Map.of("rename:label", "Plain " + suffix), "rename:submit");

        assertThat(renamed.textOf("messages")).isEqualTo("Renamed to Plain " + suffix + ".");
        assertThat(admin.get("api/topics/" + id).json().getString("label")).isEqualTo("Plain " + suffix);
    }

    @Test
    void the_taxonomy_tree_nests_narrower_topics_in_lists_inside_their_broader_topic() {
        long broader = createTopic("Nest Broader " + suffix, null);
        long narrower = createTopic("Nest Narrower " + suffix, broader);
        createTopic("Nest Narrowest " + suffix, narrower);

        Page page = librarian().open("curation/taxonomy.xhtml");

        // Screen readers tell the hierarchy from the markup only: each narrower topic in a list inside its parent's item.
        Element narrowest = topicLink(page, "Nest Narrowest " + suffix);
        Element narrowerItem = narrowest.parent().parent().parent();
        assertThat(narrowest.parent().tagName()).isEqualTo("li");
        assertThat(narrowest.parent().parent().tagName()).isEqualTo("ul");
        assertThat(narrowerItem.tagName()).isEqualTo("li");
        assertThat(narrowerItem.selectFirst(".topic-label").text()).isEqualTo("Nest Narrower " + suffix);
        Element broaderItem = narrowerItem.parent().parent();
        assertThat(broaderItem.tagName()).isEqualTo("li");
        assertThat(broaderItem.selectFirst(".topic-label").text()).isEqualTo("Nest Broader " + suffix);
        assertThat(broaderItem.parent().hasClass("taxonomy-tree")).as("the broader topic is at the top level").isTrue();
    }

    @Test
    void the_other_topic_to_merge_into_or_move_records_to_is_never_the_topic_itself() {
        long merged = createTopic("Self Merge " + suffix, null);
        long other = createTopic("Self Other " + suffix, null);
        PortalClient browser = librarian();

        Page selected = selectTopic(browser, "Self Merge " + suffix);

        assertThat(selected.document().select("#reassign\\:target option").eachAttr("value"))
                .contains(Long.toString(other)).doesNotContain(Long.toString(merged));
        Page refused = browser.submit(selected, "reassign", Map.of("reassign:target", Long.toString(merged)), "reassign:merge");
        assertThat(refused.document().getElementById("confirm")).as("no confirmation step for a merge into itself").isNull();
        assertThat(admin.get("api/topics/" + merged).status()).isEqualTo(200);
    }

    @Test
    void a_topic_is_not_offered_to_be_moved_under_itself_or_its_narrower_topics() {
        long moved = createTopic("Move Self " + suffix, null);
        long narrower = createTopic("Move Narrower " + suffix, moved);
        long narrowest = createTopic("Move Narrowest " + suffix, narrower);
        long elsewhere = createTopic("Move Elsewhere " + suffix, null);
        PortalClient browser = librarian();

        Page selected = selectTopic(browser, "Move Self " + suffix);

        assertThat(selected.document().select("#move\\:parent option").eachAttr("value")).contains(Long.toString(elsewhere))
                .doesNotContain(Long.toString(moved), Long.toString(narrower), Long.toString(narrowest));
    }

    private long createTopic(String label, Long parent) {
        var body = Json.createObjectBuilder().add("label", label);
        if (parent != null) {
            body.add("parent", parent);
        }
        return admin.postJson("api/topics", body.build().toString()).json().getJsonNumber("id").longValue();
    }

    @Test
    void a_topic_link_on_a_page_older_than_the_tree_is_not_taken_for_the_topic_now_in_its_place() {
        for (String label : new String[] {"Stale Alpha " + suffix, "Stale Gamma " + suffix}) {
            assertThat(admin.postJson("api/topics", Json.createObjectBuilder().add("label", label).build().toString()).status())
                    .isEqualTo(201);
        }
        PortalClient browser = librarian();
        Page shown = browser.open("curation/taxonomy.xhtml");
        Page added = browser.submit(shown, "add", Map.of("add:label", "Stale Beta " + suffix), "add:submit");
        assertThat(added.document().select(".topic-label").eachText()).as("the new topic takes Gamma's place in the tree")
                .containsSubsequence("Stale Alpha " + suffix, "Stale Beta " + suffix, "Stale Gamma " + suffix);

        // The page from before the new topic (the browser's Back): Gamma's place there is Beta's now.
        Element gamma = topicLink(shown, "Stale Gamma " + suffix);
        Page stale = browser.submit(shown, "tree", Map.of(gamma.id(), gamma.id()), null);

        assertThat(stale.textOf("messages")).startsWith("The list changed since this page was shown, so nothing was done");
        assertThat(stale.textOf("selected-label")).as("no topic is selected").isNull();
        Element fresh = topicLink(stale, "Stale Gamma " + suffix);
        Page selected = browser.submit(stale, "tree", Map.of(fresh.id(), fresh.id()), null);
        assertThat(selected.textOf("selected-label")).isEqualTo("Stale Gamma " + suffix);
    }

    /** The taxonomy page with the topic of {@code label} selected, as a click on it in the tree gives. */
    private static Page selectTopic(PortalClient browser, String label) {
        Page page = browser.open("curation/taxonomy.xhtml");
        Element link = topicLink(page, label);
        return browser.submit(page, "tree", Map.of(link.id(), link.id()), null);
    }

    private static Element topicLink(Page page, String label) {
        return page.document().select(".topic-label").stream().filter(a -> a.text().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void a_topic_label_taken_is_refused_next_to_its_field_and_stays_typed() {
        String taken = "Fisheries " + suffix;
        assertThat(admin.postJson("api/topics", Json.createObjectBuilder().add("label", taken).build().toString()).status())
                .isEqualTo(201);
        PortalClient browser = librarian();

        Page refused = browser.submit(browser.open("curation/taxonomy.xhtml"), "add", Map.of("add:label", taken.toUpperCase()), "add:submit");

        assertRefusedNextTo(refused, "add:label");
        assertThat(refused.textOf("add:label-message")).contains(taken);
        assertThat(refused.document().getElementById("add:label").val()).as("the label typed is kept").isEqualTo(taken.toUpperCase());
    }

    @Test
    void a_refused_topic_merge_is_said_next_to_the_other_topic_field_not_above_the_forms() {
        long merged = createTopic("Refused Merge " + suffix, null);
        long gone = createTopic("Refused Gone " + suffix, null);
        long heir = createTopic("Refused Heir " + suffix, null);
        PortalClient browser = librarian();
        Page selected = selectTopic(browser, "Refused Merge " + suffix);

        Page unchosen = browser.submit(selected, "reassign", Map.of("reassign:target", ""), "reassign:merge");

        assertRefusedNextTo(unchosen, "reassign:target");
        assertThat(unchosen.textOf("reassign:target-message")).startsWith("Choose the topic");

        Page confirming = browser.submit(unchosen, "reassign", Map.of("reassign:target", Long.toString(gone)), "reassign:merge");
        assertThat(confirming.document().getElementById("confirm")).as("the confirmation step").isNotNull();
        assertThat(admin.delete("api/topics/" + gone + "?reassignTo=" + heir).status()).as("deleted meanwhile").isEqualTo(200);

        Page refused = browser.submit(confirming, "confirm", Map.of(), "confirm:submit");

        assertRefusedNextTo(refused, "reassign:target");
        assertThat(refused.textOf("reassign:target-message")).contains(Long.toString(gone));
        assertThat(admin.get("api/topics/" + merged).status()).as("nothing was merged").isEqualTo(200);
    }

    @Test
    void an_alias_taken_is_refused_next_to_its_field_and_stays_typed() {
        createActor("Marta Quill " + suffix);
        createActor("Bruno Quill " + suffix);
        PortalClient browser = librarian();
        Page editing = editActor(browser, "Bruno Quill " + suffix);

        Page refused = browser.submit(editing, "aliases", Map.of("aliases:alias", "Marta Quill " + suffix), "aliases:submit");

        assertRefusedNextTo(refused, "aliases:alias");
        assertThat(refused.textOf("aliases:alias-message")).contains("Marta Quill " + suffix);
        assertThat(refused.document().getElementById("aliases:alias").val()).as("the alias typed is kept").isEqualTo("Marta Quill " + suffix);
    }

    @Test
    void an_actor_id_that_does_not_exist_is_refused_next_to_the_merge_or_affiliation_field_it_was_typed_in() {
        createActor("Nadia Quell " + suffix);
        PortalClient browser = librarian();
        Page editing = editActor(browser, "Nadia Quell " + suffix);
        String missing = "987654321";

        Page merge = browser.submit(editing, "merge", Map.of("merge:into", missing), "merge:submit");

        assertRefusedNextTo(merge, "merge:into");
        assertThat(merge.textOf("merge:into-message")).contains(missing);
        assertThat(merge.document().getElementById("merge:into").val()).isEqualTo(missing);
        assertThat(merge.document().getElementById("merge-confirm")).as("no confirmation step").isNull();

        Page affiliation = browser.submit(editing, "affiliation", Map.of("affiliation:of", missing), "affiliation:submit");

        assertRefusedNextTo(affiliation, "affiliation:of");
        assertThat(affiliation.textOf("affiliation:of-message")).contains(missing);
        assertThat(affiliation.document().getElementById("affiliation:of").val()).isEqualTo(missing);
    }

    /** The field is marked invalid and described by its message, which stands next to it and not above the forms. */
    /** Finds the actor on the actors page and presses its row's Edit. */
    private static Page editActor(PortalClient browser, String name) {
        Page found = browser.submit(browser.open("curation/actors.xhtml"), "search", Map.of("search:q", name), "search:submit");
        Element row = found.document().select("#actors\\:list tbody tr").stream()
                .filter(r -> r.text().contains(name)).findFirst().orElseThrow();
        return browser.submit(found, "actors", Map.of(), row.selectFirst("input[id$=edit]").attr("name"));
    }

    private static void assertRefusedNextTo(Page page, String field) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf(field + "-message")).as(field).isNotBlank();
        assertThat(page.document().getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(page.document().getElementById(field).attr("aria-describedby")).as(field).isEqualTo(field + "-message");
        assertThat(page.textOf("messages")).as("the refusal only once, next to " + field).isNullOrEmpty();
    }

    private long createActor(String name) {
        HttpApi.Reply reply = admin.postJson("api/actors", Json.createObjectBuilder().add("canonicalName", name).build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private PortalClient librarian() {
        String librarian = ItAccounts.createUser(admin, "curation-librarian", "librarian");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(librarian, ItAccounts.PASSWORD);
        return browser;
    }
}
