package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * A query parameter that an endpoint does not read is refused with 400 naming it, as search refuses one: a typo
 * ({@code ?sizee=5}, {@code ?reasignTo=}) silently ignored answered something else than the client asked for.
 */
class QueryParametersIT extends ClientSideIntegrationTest {

    @Test
    void every_list_endpoint_refuses_a_parameter_it_does_not_read_and_names_it() {
        HttpApi api = new HttpApi(baseUrl);
        long topic = topic(api, "Parameters " + UUID.randomUUID());
        for (String path : List.of("api/actors", "api/topics", "api/topics/" + topic + "/history", "api/imports",
                "api/saved-searches", "api/collections", "api/tokens", "api/users", "api/audit")) {
            Reply refused = api.get(path + "?sizee=5");

            assertThat(refused.status()).as("%s: %s", path, refused).isEqualTo(400);
            assertThat(refused.contentType()).as(path).startsWith(DictumRest.PROBLEM_JSON);
            assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field")).as(path).isEqualTo("sizee");
            assertThat(refused.json().getString("detail")).as(path).contains("'sizee'");
        }
        assertThat(api.get("api/actors?limit=5&offset=0&utm_source=newsletter").status())
                .as("the parameters an endpoint reads, and campaign tracking, are taken as before").isEqualTo(200);
        assertThat(api.get("api/topics/" + topic + "/history?limit=5").status()).isEqualTo(200);
    }

    @Test
    void a_path_that_decodes_to_no_utf8_is_refused_as_problem_json() {
        HttpApi api = new HttpApi(baseUrl);
        Reply refused = api.get("api/articles/%E0%A4");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).isEqualTo("https://dictum.org/problems/http");
        assertThat(refused.json().getInt("status")).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("percent-encoded");
        // The portal's own 400s keep the portal's page: HistoryIT reads it through the same error page.

        Reply query = api.get("api/search/statements?size=0&q=%E0%A4");
        assertThat(query.status()).as("not a search for U+FFFD: %s", query).isEqualTo(400);
        assertThat(query.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("q");
        assertThat(api.get("api/search/statements?size=0&q=%C3%9Cberall").status()).isEqualTo(200);
    }

    @Test
    void a_misspelt_parameter_of_a_delete_is_refused_by_its_name_and_deletes_nothing() {
        HttpApi api = new HttpApi(baseUrl);
        long topic = topic(api, "Kept " + UUID.randomUUID());
        long other = topic(api, "Receiver " + UUID.randomUUID());

        Reply refused = api.delete("api/topics/" + topic + "?reasignTo=" + other);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("'reasignTo'", "reassignTo");
        assertThat(api.get("api/topics/" + topic).status()).isEqualTo(200);
    }

    private static long topic(HttpApi api, String label) {
        Reply created = api.postJson("api/topics", Json.createObjectBuilder().add("label", label).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
