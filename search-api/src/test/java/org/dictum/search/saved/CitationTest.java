package org.dictum.search.saved;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.savedsearch.SavedSearch;
import org.dictum.domain.savedsearch.SearchTarget;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static final String PERMALINK = "https://dictum.example/saved/0b3f5c1e-0000-4000-8000-000000000001";

    private static Citation citation(String name) {
        Instant frozenAt = Instant.parse("2022-01-12T23:30:00Z");
        SavedSearch search = new SavedSearch(new UserAccount("researcher", "pbkdf2$hash", Role.RESEARCHER, frozenAt),
                name, SearchTarget.STATEMENTS, "q=missiles&sort=relevance", frozenAt);
        search.freeze(UUID.fromString("0b3f5c1e-0000-4000-8000-000000000001"), frozenAt, List.of(4L, 2L), 5);
        return Citation.of(search, PERMALINK);
    }

    @Test
    void the_text_names_owner_year_title_what_was_recorded_and_the_permalink() {
        assertThat(citation("Russia on missiles").text()).isEqualTo("researcher (2022). Russia on missiles [Data set]. Dictum archive."
                + " Saved search of statements, frozen on 2022-01-12 with 2 of 5 results recorded; query:"
                + " q=missiles&sort=relevance. " + PERMALINK);
    }

    @Test
    void bibtex_escapes_what_would_break_a_field() {
        String bibtex = citation("50% {of} talks_2 & more").bibtex();
        assertThat(bibtex).startsWith("@misc{dictum-0b3f5c1e,\n")
                .contains("title = {50\\% \\textbraceleft{}of\\textbraceright{} talks\\_2 \\& more},", "url = {" + PERMALINK + "},",
                        "year = {2022},");
        // BibTeX counts every brace, escaped or not: a lone one must not open a group the field never closes
        assertThat(citation("Prices {rise").bibtex()).contains("title = {Prices \\textbraceleft{}rise},");
    }

    @Test
    void ris_and_csl_json_carry_the_same_facts() {
        Citation citation = citation("Russia\non missiles");
        assertThat(citation.ris()).startsWith("TY  - DATA\r\n").contains("TI  - Russia on missiles\r\n",
                "DA  - 2022/01/12\r\n", "UR  - " + PERMALINK + "\r\n").endsWith("ER  - \r\n");
        JsonObject csl = Json.createReader(new StringReader(citation.cslJson())).readArray().getJsonObject(0);
        assertThat(csl.getString("type")).isEqualTo("dataset");
        assertThat(csl.getString("URL")).isEqualTo(PERMALINK);
        assertThat(csl.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).toString()).isEqualTo("[2022,1,12]");
        assertThat(csl.getJsonArray("author").getJsonObject(0).getString("literal")).isEqualTo("researcher");
    }
}
