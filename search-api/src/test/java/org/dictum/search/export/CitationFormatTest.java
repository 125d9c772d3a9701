package org.dictum.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

class CitationFormatTest {

    private static final Citation ARTICLE = new Citation("dictum-article-12", "Talks {resume}: 50% & $5 #1 a_b",
            "Jane Doe and John Roe", "The Independent", LocalDate.parse("2022-01-09"),
            "https://example.org/news?a=1&b=%20x", LocalDate.parse("2022-01-10"), "en",
            "http://localhost/article.xhtml?id=12", null);
    private static final Citation STATEMENT = new Citation("dictum-statement-34", "Talks resume", null, "Wire",
            LocalDate.parse("2022-01-09"), "http://localhost/article.xhtml?id=12&span=10-40#cited", LocalDate.parse("2022-01-10"),
            "en", "http://localhost/article.xhtml?id=12", "Statement by Sergei Lavrov: \u201cWe will not\nyield\u201d");

    @Test
    void ris_is_a_news_record_with_one_tag_per_line_and_an_end() {
        String ris = CitationFormat.RIS.write(ARTICLE);

        assertThat(ris).startsWith("TY  - NEWS\r\n").endsWith("ER  - \r\n");
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : ris.split("\r\n")) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            tags.putIfAbsent(line.substring(0, 2), line.substring(6));
        }
        assertThat(tags).containsEntry("TI", ARTICLE.title()).containsEntry("AU", "Jane Doe and John Roe")
                .containsEntry("T2", "The Independent").containsEntry("PY", "2022").containsEntry("DA", "2022/01/09")
                .containsEntry("UR", ARTICLE.url()).containsEntry("Y2", "2022/01/10").containsEntry("LA", "en");
        assertThat(CitationFormat.RIS.write(STATEMENT)).contains("N1  - Statement by Sergei Lavrov: \u201cWe will not yield\u201d\r\n")
                .contains("UR  - " + STATEMENT.url() + "\r\n");
    }

    @Test
    void bibtex_parses_with_jbibtex_and_escaped_values_read_back_as_written() throws Exception {
        String bib = CitationFormat.BIBTEX.write(ARTICLE);

        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib));
        BibTeXEntry entry = database.resolveEntry(new Key("dictum-article-12"));
        assertThat(entry).isNotNull();
        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
        assertThat(latex(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())).isEqualTo("Talks {resume}: 50% & $5 #1 a_b");
        assertThat(entry.getField(BibTeXEntry.KEY_JOURNAL).toUserString()).isEqualTo("The Independent");
        assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2022");
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("https://example.org/news?a=1&b=\\%20x");
        assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2022-01-10");
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{Jane Doe and John Roe}");
    }

    @Test
    void bibtex_escapes_tilde_and_caret_as_text_commands_not_accents() {
        assertThat(CitationFormat.bibEscape("a~b^c\\d")).isEqualTo("a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d");
    }

    @Test
    void bibtex_fields_with_a_lone_brace_keep_their_braces_balanced_as_bibtex_counts_them() throws Exception {
        Citation lone = new Citation("dictum-article-13", "Prices {rise", "Roe} Jane", "Wire}", LocalDate.parse("2022-01-09"),
                "https://example.org/a", LocalDate.parse("2022-01-10"), "en", "http://localhost/article.xhtml?id=13", null);

        String bib = CitationFormat.BIBTEX.write(lone);

        // BibTeX (and biber's btparse) count every brace, escaped or not: \{ opens a group the field never closes
        for (String line : bib.split("\n")) {
            long open = line.chars().filter(c -> c == '{').count();
            long close = line.chars().filter(c -> c == '}').count();
            assertThat(open).as(line).isEqualTo(line.startsWith("@") ? close + 1 : line.equals("}") ? close - 1 : close);
        }
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("dictum-article-13"));
        assertThat(latex(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())).isEqualTo("Prices {rise");
        assertThat(latex(entry.getField(BibTeXEntry.KEY_JOURNAL).toUserString())).isEqualTo("Wire}");
    }

    private static String latex(String value) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(value));
    }

    @Test
    void csl_json_is_an_array_with_one_newspaper_article() {
        JsonArray items = Json.createReader(new StringReader(CitationFormat.CSL_JSON.write(STATEMENT))).readArray();

        assertThat(items).hasSize(1);
        JsonObject item = items.getJsonObject(0);
        assertThat(item.getString("type")).isEqualTo("article-newspaper");
        assertThat(item.getString("id")).isEqualTo("dictum-statement-34");
        assertThat(item.getString("container-title")).isEqualTo("Wire");
        assertThat(item.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).toString()).isEqualTo("[2022,1,9]");
        assertThat(item.getJsonObject("accessed").getJsonArray("date-parts").getJsonArray(0).toString()).isEqualTo("[2022,1,10]");
        assertThat(item.getString("URL")).isEqualTo(STATEMENT.url());
        assertThat(item.getString("note")).isEqualTo(STATEMENT.note());
        assertThat(item.containsKey("author")).isFalse();
    }

    @Test
    void formats_are_named_as_in_the_api() {
        assertThat(CitationFormat.named("csl-json")).contains(CitationFormat.CSL_JSON);
        assertThat(CitationFormat.named(" BibTeX ")).contains(CitationFormat.BIBTEX);
        assertThat(CitationFormat.named("endnote")).isEmpty();
    }
}
