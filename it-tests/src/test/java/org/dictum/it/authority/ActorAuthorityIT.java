package org.dictum.it.authority;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/actors: each change answers as documented and shows in search and its facets at once. */
class ActorAuthorityIT extends ClientSideIntegrationTest {

    private AuthorityFixture fixture;
    private HttpApi api;
    private String zorbal;
    private String mirela;

    @BeforeEach
    void archive() {
        api = new HttpApi(baseUrl);
        fixture = new AuthorityFixture(api);
        zorbal = fixture.person("Zorbal", "Quint");
        mirela = fixture.person("Mirela", "Dusk");
        fixture.archive(zorbal, mirela, List.of());
    }

    @Test
    void a_rename_shows_in_the_actor_and_speaker_facets_at_once_with_the_same_count() {
        assertThat(fixture.facet("actor")).containsEntry(zorbal, 2L).containsEntry(mirela, 1L);
        long id = fixture.actorId(zorbal);
        String renamed = "Quint" + fixture.suffix + ", Zorbal";

        Reply reply = api.putJson("api/actors/" + id + "/name",
                "{\"canonicalName\":\"" + renamed + "\",\"reason\":\"Library of Congress form\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(aliases(reply.json())).containsExactly(zorbal);
        JsonObject latest = api.get("api/actors/" + id + "/history").jsonArray().getJsonObject(0);
        assertThat(latest.getString("reason")).isEqualTo("Library of Congress form");
        assertThat(latest.getString("user")).isEqualTo(ItAccounts.ADMIN);
        assertThat(fixture.facet("actor")).containsEntry(renamed, 2L).containsEntry(mirela, 1L).doesNotContainKey(zorbal);
        assertThat(fixture.facet("speaker")).containsEntry(renamed, 2L).doesNotContainKey(zorbal);
        assertThat(fixture.facet("articles", "actor")).containsKey(renamed).doesNotContainKey(zorbal);
        assertThat(fixture.search("statements", "size=0&actor=" + AuthorityFixture.enc(renamed)).getInt("total")).isEqualTo(2);
        assertThat(fixture.search("statements", "size=0&speaker=" + AuthorityFixture.enc(zorbal)).getInt("total"))
                .as("a bookmarked filter by the old name").isEqualTo(2);
        assertThat(fixture.search("articles", "size=0&actor=" + AuthorityFixture.enc(zorbal)).getInt("total")).isPositive();
    }

    @Test
    void statement_hits_show_their_speakers_current_name_and_type() {
        long id = fixture.actorId(zorbal);
        List<JsonObject> before = hitsSpokenBy(zorbal);
        assertThat(before).hasSize(2).allSatisfy(hit -> assertThat(hit.getString("speakerActor")).isEqualTo(zorbal));
        String newType = "PERSON".equals(before.get(0).getString("speakerActorType")) ? "ORGANIZATION" : "PERSON";

        Reply described = api.putJson("api/actors/" + id + "/details", "{\"type\":\"" + newType.toLowerCase() + "\"}");
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        assertThat(hitsSpokenBy(zorbal)).hasSize(2)
                .allSatisfy(hit -> assertThat(hit.getString("speakerActorType")).isEqualTo(newType));

        String renamed = "Zorbal Q. " + fixture.suffix;
        Reply reply = api.putJson("api/actors/" + id + "/name", "{\"canonicalName\":\"" + renamed + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(hitsSpokenBy(renamed)).hasSize(2).allSatisfy(hit -> {
            assertThat(hit.getString("speakerActor")).isEqualTo(renamed);
            assertThat(hit.getString("speakerActorType")).isEqualTo(newType);
        });
    }

    private List<JsonObject> hitsSpokenBy(String speaker) {
        return fixture.search("statements", "size=10&speaker=" + AuthorityFixture.enc(speaker)).getJsonArray("hits")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void rename_problems_answer_409_for_a_taken_name_400_for_a_blank_one_404_for_an_unknown_actor() {
        long id = fixture.actorId(zorbal);

        assertProblem(api.putJson("api/actors/" + id + "/name", "{\"canonicalName\":\"" + mirela + "\"}"), 409);
        assertProblem(api.putJson("api/actors/" + id + "/name", "{\"canonicalName\":\"  \"}"), 400);
        assertProblem(api.putJson("api/actors/987654321/name", "{\"canonicalName\":\"Nobody\"}"), 404);
        assertProblem(api.get("api/actors/987654321"), 404);
        assertThat(fixture.facet("actor")).containsEntry(zorbal, 2L);
    }

    @Test
    void a_merge_sums_the_counts_on_the_survivor_and_an_unmerge_restores_both() {
        long survivor = fixture.actorId(zorbal);
        long merged = fixture.actorId(mirela);

        Reply merge = api.postJson("api/actors/" + merged + "/merge", "{\"into\":" + survivor + "}");

        assertThat(merge.status()).as(merge.toString()).isEqualTo(200);
        assertThat(merge.json().getInt("movedStatements")).isEqualTo(1);
        assertThat(fixture.facet("actor")).containsEntry(zorbal, 3L).doesNotContainKey(mirela);
        assertThat(fixture.facet("speaker")).containsEntry(zorbal, 3L).doesNotContainKey(mirela);
        assertThat(fixture.search("statements", "size=0&actor=" + AuthorityFixture.enc(mirela)).getInt("total"))
                .as("a filter by the merged actor's name finds the survivor's statements").isEqualTo(3);
        JsonObject tombstone = api.get("api/actors/" + merged).json();
        assertThat(tombstone.getJsonObject("mergedInto").getJsonNumber("id").longValue()).isEqualTo(survivor);
        assertThat(aliases(api.get("api/actors/" + survivor).json())).contains(mirela);
        assertProblem(api.postJson("api/actors/" + merged + "/merge", "{\"into\":" + survivor + "}"), 409);
        assertProblem(api.putJson("api/actors/" + merged + "/name", "{\"canonicalName\":\"Other " + fixture.marker + "\"}"), 409);

        Reply unmerge = api.postJson("api/actors/" + merged + "/unmerge", "{}");

        assertThat(unmerge.status()).as(unmerge.toString()).isEqualTo(200);
        assertThat(fixture.facet("actor")).containsEntry(zorbal, 2L).containsEntry(mirela, 1L);
        assertThat(api.get("api/actors/" + merged).json().getOrDefault("mergedInto", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        assertThat(aliases(api.get("api/actors/" + survivor).json())).doesNotContain(mirela);
        assertProblem(api.postJson("api/actors/" + merged + "/unmerge", "{}"), 409);
    }

    @Test
    void a_merge_moves_the_actors_affiliated_with_the_merged_actor_and_an_unmerge_moves_them_back() {
        long usa = created("{\"canonicalName\":\"USA " + fixture.suffix + "\",\"type\":\"country\"}");
        long unitedStates = created("{\"canonicalName\":\"United States " + fixture.suffix + "\",\"type\":\"country\"}");
        long official = created("{\"canonicalName\":\"Senior official " + fixture.suffix + "\",\"type\":\"anonymous_source\"}");
        Reply affiliated = api.putJson("api/actors/" + official + "/affiliation",
                "{\"affiliation\":" + usa + ",\"reason\":\"speaks for the USA\"}");
        assertThat(affiliated.status()).as(affiliated.toString()).isEqualTo(200);
        assertThat(affiliationOf(official)).isEqualTo(usa);

        assertThat(api.postJson("api/actors/" + usa + "/merge", "{\"into\":" + unitedStates + "}").status()).isEqualTo(200);

        assertThat(affiliationOf(official)).isEqualTo(unitedStates);
        JsonObject latest = api.get("api/actors/" + official + "/history").jsonArray().getJsonObject(0);
        assertThat(latest.getJsonArray("changes").getValuesAs(JsonObject.class))
                .anySatisfy(change -> assertThat(change.getString("field")).isEqualTo("affiliation"));
        assertProblem(api.putJson("api/actors/" + official + "/affiliation", "{\"affiliation\":" + usa + "}"), 409);

        assertThat(api.postJson("api/actors/" + usa + "/unmerge", "{}").status()).isEqualTo(200);

        assertThat(affiliationOf(official)).isEqualTo(usa);
        assertProblem(api.putJson("api/actors/" + official + "/affiliation", "{\"affiliation\":" + official + "}"), 400);
        assertProblem(api.putJson("api/actors/" + usa + "/affiliation", "{\"affiliation\":" + official + "}"), 409);   // a loop
        assertProblem(api.putJson("api/actors/" + official + "/affiliation", "{\"affiliation\":987654321}"), 404);
        Reply cleared = api.putJson("api/actors/" + official + "/affiliation", "{\"affiliation\":null}");
        assertThat(cleared.json().getOrDefault("affiliation", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
    }

    @Test
    void identifiers_in_several_authority_files_are_validated_unique_among_live_actors_and_audited() {
        // Fresh identifiers each run: an archive kept between runs must not make them taken.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String viaf = Long.toString(100_000_000L + random.nextLong(900_000_000L));
        String orcidDigits = withCheckCharacter("0000000" + (10_000_000L + random.nextLong(90_000_000L)));
        String orcid = orcidDigits.replaceAll("(.{4})(?!$)", "$1-");
        String isni = withCheckCharacter("0000000" + (10_000_000L + random.nextLong(90_000_000L)));
        String wrongIsni = isni.substring(0, 15) + (isni.charAt(15) == '0' ? '1' : '0');
        long id = created("{\"canonicalName\":\"Identified " + fixture.suffix + "\",\"type\":\"person\","
                + "\"identifiers\":[{\"scheme\":\"viaf\",\"value\":\"" + viaf + "\"},{\"scheme\":\"orcid\",\"value\":\"" + orcidDigits + "\"}]}");
        JsonObject actor = api.get("api/actors/" + id).json();
        assertThat(actor.getJsonArray("identifiers").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("scheme") + " " + i.getString("value") + " " + i.getString("url"))
                .containsExactly("viaf " + viaf + " https://viaf.org/viaf/" + viaf, "orcid " + orcid + " https://orcid.org/" + orcid);

        Reply badCheckDigit = api.putJson("api/actors/" + id + "/details",
                "{\"identifiers\":[{\"scheme\":\"isni\",\"value\":\"" + wrongIsni + "\"}]}");
        assertProblem(badCheckDigit, 400);
        assertThat(badCheckDigit.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("identifiers[0].value");
        assertProblem(api.putJson("api/actors/" + id + "/details", "{\"identifiers\":[{\"scheme\":\"doi\",\"value\":\"10.1/x\"}]}"), 400);
        assertProblem(api.postJson("api/actors", "{\"canonicalName\":\"Twin " + fixture.suffix + "\","
                + "\"identifiers\":[{\"scheme\":\"viaf\",\"value\":\"" + viaf + "\"}]}"), 409);

        Reply described = api.putJson("api/actors/" + id + "/details", "{\"type\":\"person\",\"reason\":\"ISNI found\","
                + "\"identifiers\":[{\"scheme\":\"viaf\",\"value\":\"" + viaf + "\"},{\"scheme\":\"isni\",\"value\":\"" + isni + "\"}]}");
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        JsonObject change = api.get("api/actors/" + id + "/history").jsonArray().getJsonObject(0).getJsonArray("changes")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("field").equals("identifiers")).findFirst().orElseThrow();
        assertThat(change.getString("before")).isEqualTo("orcid:" + orcid + "; viaf:" + viaf);
        assertThat(change.getString("after")).isEqualTo("isni:" + isni + "; viaf:" + viaf);
    }

    /** Fifteen digits and their ISO 7064 MOD 11-2 check character (ISNI, ORCID). */
    private static String withCheckCharacter(String fifteen) {
        int total = 0;
        for (char digit : fifteen.toCharArray()) {
            total = (total + digit - '0') * 2;
        }
        int result = (12 - total % 11) % 11;
        return fifteen + (result == 10 ? "X" : Integer.toString(result));
    }

    private long created(String body) {
        Reply reply = api.postJson("api/actors", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private long affiliationOf(long actor) {
        return api.get("api/actors/" + actor).json().getJsonObject("affiliation").getJsonNumber("id").longValue();
    }

    @Test
    void merging_into_itself_is_400_and_into_an_unknown_actor_404() {
        long id = fixture.actorId(zorbal);

        assertProblem(api.postJson("api/actors/" + id + "/merge", "{\"into\":" + id + "}"), 400);
        assertProblem(api.postJson("api/actors/" + id + "/merge", "{\"into\":987654321}"), 404);
        assertProblem(api.postJson("api/actors/" + id + "/merge", "{}"), 400);
    }

    @Test
    void ingestion_follows_the_authority_a_merged_name_and_a_confirmed_actors_old_name_lead_to_the_curated_actor() {
        long zorbalId = fixture.actorId(zorbal);
        long mirelaId = fixture.actorId(mirela);
        assertThat(api.postJson("api/actors/" + zorbalId + "/confirmation", "{}").status()).isEqualTo(200);
        String renamed = "Zorbal Q. " + fixture.suffix;
        assertThat(api.putJson("api/actors/" + zorbalId + "/name", "{\"canonicalName\":\"" + renamed + "\"}").status()).isEqualTo(200);
        assertThat(api.postJson("api/actors/" + mirelaId + "/merge", "{\"into\":" + zorbalId + "}").status()).isEqualTo(200);

        fixture.archive(zorbal, mirela, List.of());

        assertThat(fixture.facet("actor")).containsEntry(renamed, 6L).doesNotContainKeys(zorbal, mirela);
    }

    @Test
    void a_split_moves_the_chosen_statements_to_a_new_actor() {
        long id = fixture.actorId(zorbal);
        JsonObject hits = fixture.search("statements", "size=10&speaker=" + AuthorityFixture.enc(zorbal));
        long moved = hits.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
        String split = "Zorbal Junior " + fixture.suffix;

        Reply reply = api.postJson("api/actors/" + id + "/split",
                "{\"canonicalName\":\"" + split + "\",\"statements\":[" + moved + "]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.location()).endsWith("/api/actors/" + reply.json().getJsonNumber("id"));
        assertThat(fixture.facet("actor")).containsEntry(zorbal, 1L).containsEntry(split, 1L);
        assertProblem(api.postJson("api/actors/" + id + "/split",
                "{\"canonicalName\":\"Another " + fixture.suffix + "\",\"statements\":[" + moved + "]}"), 400);
        assertProblem(api.postJson("api/actors/" + id + "/split", "{\"canonicalName\":\"X " + fixture.suffix + "\",\"statements\":[]}"), 400);
    }

    @Test
    void librarians_create_confirm_describe_and_alias_actors_and_proposed_ones_are_listed_first() {
        // Identifiers belong to one live actor: fresh ones each run.
        String qid = "Q" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        String otherQid = "Q" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        Reply created = api.postJson("api/actors", "{\"canonicalName\":\"Kremlin " + fixture.suffix + "\",\"type\":\"organization\","
                + "\"aliases\":[\"Moscow " + fixture.suffix + "\"],\"country\":\"ru\",\"wikidataId\":\"" + qid + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("CONFIRMED");
        assertThat(created.json().getString("country")).isEqualTo("RU");
        assertProblem(api.postJson("api/actors", "{\"canonicalName\":\"Kremlin " + fixture.suffix + "\"}"), 409);
        assertProblem(api.postJson("api/actors", "{\"canonicalName\":\"Bad " + fixture.suffix + "\",\"wikidataId\":\"42\"}"), 400);
        assertProblem(api.postJson("api/actors", "{\"canonicalName\":\"Bad " + fixture.suffix + "\",\"type\":\"planet\"}"), 400);

        long id = fixture.actorId(zorbal);
        JsonObject listed = api.get("api/actors?q=" + AuthorityFixture.enc(fixture.suffix)).json();
        assertThat(listed.getJsonArray("actors").getValuesAs(JsonObject.class)).extracting(a -> a.getString("status"))
                .containsExactly("PROPOSED", "PROPOSED", "CONFIRMED");
        assertThat(api.get("api/actors?status=proposed&q=" + AuthorityFixture.enc(fixture.suffix)).json().getInt("total")).isEqualTo(2);
        Reply before = api.get("api/actors/" + id);
        long version = before.json().getJsonNumber("version").longValue();
        assertThat(before.header("ETag")).contains("\"" + version + "\"");

        Reply confirmed = api.postJson("api/actors/" + id + "/confirmation", "{}");
        assertThat(confirmed.json().getString("status")).isEqualTo("CONFIRMED");
        Reply stale = api.putJson("api/actors/" + id + "/details", "{\"type\":\"person\",\"wikidataId\":\"" + otherQid + "\",\"version\":" + version + "}");
        assertProblem(stale, 409);
        assertThat(stale.header("ETag")).contains("\"" + (version + 1) + "\"");
        Reply described = api.putJson("api/actors/" + id + "/details", "{\"type\":\"person\",\"wikidataId\":\"" + otherQid + "\",\"country\":\"DE\"}");
        assertThat(described.json().getString("wikidataId")).isEqualTo(otherQid);
        assertProblem(api.putJson("api/actors/" + id + "/details", "{\"wikidataId\":\"" + qid + "\"}"), 409);
        assertProblem(api.putJson("api/actors/" + id + "/details", "{\"country\":\"Germany\"}"), 400);

        Reply aliased = api.postJson("api/actors/" + id + "/aliases", "{\"alias\":\"Mr Quint " + fixture.suffix + "\"}");
        assertThat(aliases(aliased.json())).containsExactly("Mr Quint " + fixture.suffix);
        assertProblem(api.postJson("api/actors/" + id + "/aliases", "{\"alias\":\"" + mirela + "\"}"), 409);
        long other = fixture.actorId(mirela);
        assertProblem(api.postJson("api/actors/" + other + "/aliases", "{\"alias\":\"Mr Quint " + fixture.suffix + "\"}"), 409);
        Reply removed = api.delete("api/actors/" + id + "/aliases/" + AuthorityFixture.enc("Mr Quint " + fixture.suffix).replace("+", "%20"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(aliases(removed.json())).isEmpty();
        assertProblem(api.delete("api/actors/" + id + "/aliases/unknown"), 404);
    }

    @Test
    void every_write_answers_the_version_it_stored_in_body_and_etag_so_the_next_edit_can_be_based_on_it() {
        long id = fixture.actorId(zorbal);
        long other = fixture.actorId(mirela);
        String actor = "api/actors/" + id;
        String tag = fixture.answeredTag(api.get(actor), actor);
        Reply country = api.postJson("api/actors", "{\"canonicalName\":\"Freedonia " + fixture.suffix + "\",\"type\":\"country\"}");
        long countryId = country.json().getJsonNumber("id").longValue();
        fixture.answeredTag(country, "api/actors/" + countryId);

        String renamed = "Quint" + fixture.suffix + ", Zorbal";
        tag = fixture.answeredTag(fixture.write("PUT", actor + "/name", "{\"canonicalName\":\"" + renamed + "\"}", tag), actor);
        String alias = "Z. Quint " + fixture.suffix;
        tag = fixture.answeredTag(fixture.write("POST", actor + "/aliases", "{\"alias\":\"" + alias + "\"}", tag), actor);
        tag = fixture.answeredTag(fixture.write("DELETE", actor + "/aliases/" + AuthorityFixture.enc(alias).replace("+", "%20"), null, tag), actor);
        tag = fixture.answeredTag(fixture.write("PUT", actor + "/details", "{\"type\":\"person\",\"country\":\"DE\"}", tag), actor);
        tag = fixture.answeredTag(fixture.write("PUT", actor + "/affiliation", "{\"affiliation\":" + countryId + "}", tag), actor);
        tag = fixture.answeredTag(fixture.write("POST", actor + "/confirmation", "{}", tag), actor);
        long moved = hitsSpokenBy(renamed).get(0).getJsonNumber("id").longValue();
        Reply split = fixture.write("POST", actor + "/split",
                "{\"canonicalName\":\"Zorbal Junior " + fixture.suffix + "\",\"statements\":[" + moved + "]}", tag);
        String splitOff = "api/actors/" + split.json().getJsonNumber("id");
        fixture.answeredTag(fixture.write("PUT", splitOff + "/name", "{\"canonicalName\":\"Zorbal Minor " + fixture.suffix + "\"}",
                fixture.answeredTag(split, splitOff)), splitOff);

        String merged = "api/actors/" + other;
        Reply merge = fixture.write("POST", merged + "/merge", "{\"into\":" + id + "}", fixture.answeredTag(api.get(merged), merged));
        String mergedTag = fixture.answeredTag(merge, merge.json().getJsonObject("merged"), merged);
        fixture.storedTag(merge.json().getJsonObject("survivor"), actor);
        Reply unmerge = fixture.write("POST", merged + "/unmerge", "{}", mergedTag);
        String unmergedTag = fixture.answeredTag(unmerge, unmerge.json().getJsonObject("merged"), merged);
        String survivorTag = fixture.storedTag(unmerge.json().getJsonObject("survivor"), actor);
        fixture.answeredTag(fixture.write("POST", merged + "/confirmation", "{}", unmergedTag), merged);
        fixture.answeredTag(fixture.write("PUT", actor + "/name", "{\"canonicalName\":\"Zorbal Quint II " + fixture.suffix + "\"}",
                survivorTag), actor);
    }

    private static List<String> aliases(JsonObject actor) {
        return actor.getJsonArray("aliases").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(DictumRest.PROBLEM_JSON);
    }
}
