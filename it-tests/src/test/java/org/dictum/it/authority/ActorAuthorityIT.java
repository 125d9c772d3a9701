package org.dictum.it.authority;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
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
        assertThat(fixture.totalWithQuery("statements", "actor:\"" + zorbal + "\"")).as("the old name in the query's actor field").isEqualTo(2);
        assertThat(fixture.totalWithQuery("statements", "actor:\"" + renamed + "\"")).isEqualTo(2);
        assertThat(fixture.totalWithQuery("articles", "actor:\"" + zorbal + "\"")).isPositive();
        assertThat(fixture.totalWithQuery("statements", "-actor:\"" + zorbal + "\"")).as("excluding the old name").isEqualTo(1);
        assertThat(fixture.search("statements", "size=0&actor=" + AuthorityFixture.enc(renamed.toUpperCase(java.util.Locale.ROOT)))
                .getInt("total")).as("the name in another case").isEqualTo(2);
        Map.Entry<String, Long> language = fixture.facet("language").entrySet().iterator().next();
        assertThat(fixture.search("statements", "size=0&language=" + language.getKey().toUpperCase(java.util.Locale.ROOT))
                .getJsonNumber("total").longValue()).as("a language tag in another case").isEqualTo(language.getValue());
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
        Reply longReason = api.putJson("api/actors/" + id + "/name", "{\"canonicalName\":\"Renamed " + fixture.marker
                + "\",\"reason\":\"" + "x".repeat(1001) + "\"}");
        assertProblem(longReason, 400);
        assertThat(longReason.json().getString("detail")).contains("reason has at most 1000 characters");
        assertThat(fixture.facet("actor")).containsEntry(zorbal, 2L);
        assertProblem(api.get("api/actors?merged=maybe"), 400);
        assertThat(api.get("api/actors?merged=TRUE").status()).isEqualTo(200);
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
        assertThat(fixture.totalWithQuery("statements", "actor:\"" + mirela + "\""))
                .as("the merged actor's name in the query's actor field").isEqualTo(3);
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
    void confirmation_and_unmerge_take_their_version_and_reason_as_headers_without_a_body_as_the_other_curation_steps() {
        long id = fixture.actorId(zorbal);
        long merged = fixture.actorId(mirela);
        String actor = "api/actors/" + id;

        Reply confirmed = api.postEmpty(actor + "/confirmation", "If-Match", fixture.answeredTag(api.get(actor), actor),
                "X-Dictum-Reason", "checked against the press release");
        assertThat(confirmed.status()).as("If-Match and X-Dictum-Reason say it all: %s", confirmed).isEqualTo(200);
        assertThat(confirmed.json().getString("status")).isEqualTo("CONFIRMED");
        assertThat(api.get(actor + "/history").jsonArray().getJsonObject(0).getString("reason"))
                .isEqualTo("checked against the press release");

        String mergedPath = "api/actors/" + merged;
        Reply merge = api.postJson(mergedPath + "/merge", "{\"into\":" + id + "}");
        assertThat(merge.status()).as(merge.toString()).isEqualTo(200);
        Reply unmerge = api.postEmpty(mergedPath + "/unmerge", "If-Match", merge.header("ETag").orElseThrow(),
                "X-Dictum-Reason", "two different people");
        assertThat(unmerge.status()).as(unmerge.toString()).isEqualTo(200);
        assertThat(unmerge.json().getJsonObject("merged").getOrDefault("mergedInto", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        assertThat(api.get(mergedPath + "/history").jsonArray().getJsonObject(0).getString("reason")).isEqualTo("two different people");
        assertProblem(api.postEmpty(mergedPath + "/unmerge"), 409);
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
        assertUnknownReference(api.putJson("api/actors/" + official + "/affiliation", "{\"affiliation\":987654321}"), "affiliation");
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
    void merging_into_itself_or_into_an_unknown_actor_is_400_naming_into() {
        long id = fixture.actorId(zorbal);

        assertProblem(api.postJson("api/actors/" + id + "/merge", "{\"into\":" + id + "}"), 400);
        assertUnknownReference(api.postJson("api/actors/" + id + "/merge", "{\"into\":987654321}"), "into");
        assertThat(api.get("api/actors/" + id).json().getOrDefault("mergedInto", JsonValue.NULL)).as("nothing merged").isEqualTo(JsonValue.NULL);
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

    @Test
    void a_new_renamed_or_split_off_actor_cannot_take_a_confirmed_actors_alias_that_ingestion_and_filters_follow() {
        long id = fixture.actorId(zorbal);
        long other = fixture.actorId(mirela);
        String alias = "Z. Quint " + fixture.suffix;
        assertThat(api.postJson("api/actors/" + id + "/confirmation", "{}").status()).isEqualTo(200);
        assertThat(api.postJson("api/actors/" + id + "/aliases", "{\"alias\":\"" + alias + "\"}").status()).isEqualTo(200);
        assertThat(fixture.search("statements", "size=0&actor=" + AuthorityFixture.enc(alias)).getInt("total")).isEqualTo(2);

        Reply created = api.postJson("api/actors", "{\"canonicalName\":\"" + alias + "\"}");
        assertProblem(created, 409);
        assertThat(created.json().getString("detail"))
                .isEqualTo("The name '" + alias + "' is already an alias of actor " + id + " ('" + zorbal
                        + "'), which ingestion finds by it: merge the two, or remove it there first");
        assertProblem(api.putJson("api/actors/" + other + "/name", "{\"canonicalName\":\"" + alias + "\"}"), 409);
        long moved = hitsSpokenBy(zorbal).get(0).getJsonNumber("id").longValue();
        assertProblem(api.postJson("api/actors/" + id + "/split", "{\"canonicalName\":\"" + alias + "\",\"statements\":[" + moved + "]}"), 409);

        assertThat(fixture.search("statements", "size=0&actor=" + AuthorityFixture.enc(alias)).getInt("total"))
                .as("the alias still leads to its actor").isEqualTo(2);
        assertThat(fixture.facet("actor")).containsEntry(zorbal, 2L).containsEntry(mirela, 1L).hasSize(2);
    }

    @Test
    void confirming_a_proposed_actor_whose_alias_a_confirmed_actor_has_meanwhile_is_refused() {
        long proposed = fixture.actorId(mirela);
        long confirmed = fixture.actorId(zorbal);
        String alias = "Stolti " + fixture.suffix;
        assertThat(api.postJson("api/actors/" + proposed + "/aliases", "{\"alias\":\"" + alias + "\"}").status()).isEqualTo(200);
        assertThat(api.postJson("api/actors/" + confirmed + "/confirmation", "{}").status()).isEqualTo(200);
        Reply taken = api.postJson("api/actors/" + confirmed + "/aliases", "{\"alias\":\"" + alias + "\"}");
        assertThat(taken.status()).as("the proposed actor's alias leads nowhere yet: %s", taken).isEqualTo(200);

        Reply refused = api.postJson("api/actors/" + proposed + "/confirmation", "{}");

        assertProblem(refused, 409);
        assertThat(refused.json().getString("detail")).isEqualTo("The alias '" + alias + "' is already an alias of actor " + confirmed
                + " ('" + zorbal + "'), which ingestion finds by it: merge the two, or remove it there first");
        assertThat(api.get("api/actors/" + proposed).json().getString("status")).isEqualTo("PROPOSED");
        assertThat(api.delete("api/actors/" + confirmed + "/aliases/" + AuthorityFixture.enc(alias).replace("+", "%20")).status())
                .isEqualTo(200);
        Reply confirmedNow = api.postJson("api/actors/" + proposed + "/confirmation", "{}");
        assertThat(confirmedNow.status()).as(confirmedNow.toString()).isEqualTo(200);
        assertThat(confirmedNow.json().getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void a_name_or_alias_differing_only_in_case_from_a_confirmed_actors_name_is_refused() {
        long id = fixture.actorId(zorbal);
        long other = fixture.actorId(mirela);
        assertThat(api.postJson("api/actors/" + id + "/confirmation", "{}").status()).isEqualTo(200);
        String shouted = zorbal.toUpperCase(java.util.Locale.ROOT);

        Reply created = api.postJson("api/actors", "{\"canonicalName\":\"" + shouted + "\"}");
        assertProblem(created, 409);
        assertThat(created.json().getString("detail")).isEqualTo("The name '" + shouted + "' differs only in case from '" + zorbal
                + "', a name of actor " + id + " ('" + zorbal + "'): merge the two, or choose another name");
        assertProblem(api.putJson("api/actors/" + other + "/name", "{\"canonicalName\":\"" + zorbal.toLowerCase(java.util.Locale.ROOT) + "\"}"), 409);
        Reply alias = api.postJson("api/actors/" + other + "/aliases", "{\"alias\":\"" + shouted + "\"}");
        assertProblem(alias, 409);
        assertThat(alias.json().getString("detail")).startsWith("The alias '" + shouted + "' differs only in case");
        long moved = hitsSpokenBy(zorbal).get(0).getJsonNumber("id").longValue();
        assertProblem(api.postJson("api/actors/" + id + "/split", "{\"canonicalName\":\"" + shouted + "\",\"statements\":[" + moved + "]}"), 409);

        Reply own = api.postJson("api/actors/" + id + "/aliases", "{\"alias\":\"" + shouted + "\"}");
        assertThat(own.status()).as("the actor's own name in other case: %s", own).isEqualTo(200);
        assertThat(aliases(own.json())).containsExactly(shouted);
    }

    @Test
    void names_are_kept_in_unicode_nfc_so_a_decomposed_name_finds_and_clashes_with_the_composed_one() {
        String composed = "J\u00f6rgen B\u00fchler " + fixture.suffix;
        // JSON escapes: the body carries each umlaut as a base letter and a combining diaeresis.
        Reply created = api.postJson("api/actors", "{\"canonicalName\":\"Jo\\u0308rgen Bu\\u0308hler " + fixture.suffix + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("canonicalName")).isEqualTo(composed);

        assertProblem(api.postJson("api/actors", "{\"canonicalName\":\"" + composed + "\"}"), 409);
        assertProblem(api.postJson("api/actors/" + fixture.actorId(mirela) + "/aliases", "{\"alias\":\"" + composed + "\"}"), 409);
        for (String query : List.of("j\u00f6rgen b\u00fchler " + fixture.suffix, "jo\u0308rgen bu\u0308hler " + fixture.suffix)) {
            assertThat(api.get("api/actors?q=" + AuthorityFixture.enc(query)).json().getJsonArray("actors").getValuesAs(JsonObject.class))
                    .as(query).extracting(a -> a.getString("canonicalName")).containsExactly(composed);
        }
    }

    private static List<String> aliases(JsonObject actor) {
        return actor.getJsonArray("aliases").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** 400 invalid-input whose only violation names {@code field}: a record the body names does not exist. */
    private static void assertUnknownReference(Reply reply, String field) {
        assertProblem(reply, 400);
        assertThat(reply.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(violation -> violation.getString("field")).containsExactly(field);
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(DictumRest.PROBLEM_JSON);
    }
}
