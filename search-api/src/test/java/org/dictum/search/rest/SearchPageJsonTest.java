package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.ArticleSummary;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Histogram;
import org.dictum.search.query.Interval;
import org.dictum.search.query.SearchPage;
import org.dictum.search.query.StatementHit;
import org.junit.jupiter.api.Test;

/** The API's search answers, written without JSON-B, must be exactly what JSON-B's reflection writes. */
class SearchPageJsonTest {

    private static final StatementHit FULL = new StatementHit(7, "We <b>will</b> talk \"now\".", "We <mark>will</mark> talk.",
            "DIRECT", "said", "he", "Zoë Quint", "PERSON", LocalDate.of(1987, 3, 2), true, "PROPOSED", "Before.", "After.",
            new ArticleSummary(3, "Title", "Reuters", Instant.parse("1987-03-02T10:15:00.250Z")));
    private static final StatementHit SPARSE = new StatementHit(8, "Talks.", null, "REPORTED_SPEECH", null, null, null, null,
            null, false, "EXTRACTED", null, null, new ArticleSummary(4, null, null, null));

    private static Map<String, List<FacetCount>> facets() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("speaker", List.of(new FacetCount("Zoë \"Z\" <b>", 12, true), new FacetCount("NATO", 0, false)));
        facets.put("actor", List.of());
        return facets;
    }

    private static List<Histogram> histograms() {
        return List.of(new Histogram("statement", Interval.MONTH, List.of(
                        new Histogram.Bucket(LocalDate.of(1987, 3, 1), LocalDate.of(1987, 4, 1), 7))),
                new Histogram("published", Interval.YEAR, List.of()));
    }

    private static String written(SearchPage<?> page, Type type) throws Exception {
        SearchPageWriter writer = new SearchPageWriter();
        assertThat(writer.isWriteable(SearchPage.class, type, new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(page, SearchPage.class, type, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pages_of_statement_hits_are_written_as_json_b_writes_them() throws Exception {
        Type type = SearchPageJsonTest.class.getDeclaredMethod("statementPage").getGenericReturnType();
        try (Jsonb reflective = JsonbBuilder.create()) {
            for (SearchPage<StatementHit> page : List.of(
                    new SearchPage<>(2, 1, 20, List.of(FULL, SPARSE), facets(), histograms(), null),
                    new SearchPage<>(40, 2, 1, List.of(FULL), Map.of(), List.of(), "cursor-token"),
                    new SearchPage<>(40, 1, 1, List.of(FULL), Map.of(), List.of(), "next-token", "cursor-token"),
                    new SearchPage<StatementHit>(0, 1, 20, List.of(), Map.of(), List.of(), null))) {
                assertThat(written(page, type)).isEqualTo(reflective.toJson(page)).contains("\"total\":" + page.total());
            }
        }
    }

    @Test
    void pages_of_article_hits_are_written_as_json_b_writes_them() throws Exception {
        Type type = SearchPageJsonTest.class.getDeclaredMethod("articlePage").getGenericReturnType();
        ArticleHit full = new ArticleHit(3, "Title <b>", "https://example.org/a?b=1&c=2", "Reuters",
                Instant.parse("1987-03-02T10:15:00Z"), "en", 2, Arrays.asList("a <mark>b</mark>", null), List.of(FULL, SPARSE),
                3, true, 4);
        ArticleHit sparse = new ArticleHit(4, null, null, null, null, null, 0, List.of(), List.of(), 4, false, 1);
        try (Jsonb reflective = JsonbBuilder.create()) {
            SearchPage<ArticleHit> page = new SearchPage<>(2, 1, 20, List.of(full, sparse), facets(), histograms(), "next");
            assertThat(written(page, type)).isEqualTo(reflective.toJson(page)).contains("\"storyCopies\":4");
        }
    }

    @Test
    void other_pages_are_left_to_json_b() throws Exception {
        Type strings = SearchPageJsonTest.class.getDeclaredMethod("stringPage").getGenericReturnType();
        assertThat(new SearchPageWriter().isWriteable(SearchPage.class, strings, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(new SearchPageWriter().isWriteable(SearchPage.class, SearchPage.class, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @Test
    void dates_are_written_as_local_date_writes_them() {
        for (LocalDate date = LocalDate.of(1899, 12, 25); date.isBefore(LocalDate.of(2101, 1, 8)); date = date.plusDays(1)) {
            assertThat(SearchPageJson.isoDate(date)).isEqualTo(date.toString());
        }
        for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(7, 7, 7), LocalDate.of(999, 10, 31),
                LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 6, 15), LocalDate.MIN, LocalDate.MAX)) {
            assertThat(SearchPageJson.isoDate(date)).isEqualTo(date.toString());
        }
    }

    @SuppressWarnings("unused")
    private static SearchPage<StatementHit> statementPage() {
        return null;
    }

    @SuppressWarnings("unused")
    private static SearchPage<ArticleHit> articlePage() {
        return null;
    }

    @SuppressWarnings("unused")
    private static SearchPage<String> stringPage() {
        return null;
    }
}
