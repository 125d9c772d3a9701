package org.dictum.search.rest;

import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.ArticleSummary;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Histogram;
import org.dictum.search.query.SearchPage;
import org.dictum.search.query.StatementHit;

/**
 * Writes a page of statement or article hits as JSON-B would, without JSON-B: the same property
 * names in its default (lexicographic) order, nulls left out, dates and instants in ISO-8601. JSON-B
 * reads every record by reflection and puts every object it writes into a hash set (its recursion
 * check): hashing a record hashes all it holds, so the page, its hits and its histograms were
 * hashed again at each level they sit at, on every search. {@code SearchPageJsonTest} compares the
 * output with JSON-B's own.
 */
final class SearchPageJson {

    private SearchPageJson() {
    }

    /** True for {@code SearchPage<StatementHit>} and {@code SearchPage<ArticleHit>}, the pages written here. */
    static boolean writes(Type pageType) {
        if (!(pageType instanceof ParameterizedType page) || page.getRawType() != SearchPage.class) {
            return false;
        }
        Type hits = page.getActualTypeArguments()[0];
        return hits == StatementHit.class || hits == ArticleHit.class;
    }

    static void write(SearchPage<?> page, JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStartObject("facets");
        page.facets().forEach((facet, values) -> {
            generator.writeStartArray(facet);
            values.forEach(value -> facetValue(value, generator));
            generator.writeEnd();
        });
        generator.writeEnd();
        generator.writeStartArray("histograms");
        for (Histogram histogram : page.histograms()) {
            generator.writeStartObject().writeStartArray("buckets");
            histogram.buckets().forEach(bucket -> bucket(bucket, generator));
            generator.writeEnd().write("field", histogram.field()).write("interval", histogram.interval().name()).writeEnd();
        }
        generator.writeEnd();
        generator.writeStartArray("hits");
        for (Object hit : page.hits()) {
            if (hit instanceof StatementHit statement) {
                statementHit(statement, generator);
            } else if (hit instanceof ArticleHit article) {
                articleHit(article, generator);
            } else {
                throw new IllegalArgumentException("Not a statement or article hit: " + hit.getClass().getName());
            }
        }
        generator.writeEnd();
        optional(generator, "nextCursor", page.nextCursor());
        if (page.page() != null) {
            generator.write("page", page.page());
        }
        optional(generator, "searchAfter", page.searchAfter());
        generator.write("size", page.size()).write("total", page.total());
        generator.writeEnd();
    }

    static void facetValue(FacetCount value, JsonGenerator generator) {
        generator.writeStartObject().write("count", value.count()).write("selected", value.selected());
        optional(generator, "value", value.value());
        generator.writeEnd();
    }

    static void bucket(Histogram.Bucket bucket, JsonGenerator generator) {
        generator.writeStartObject()
                .write("count", bucket.count())
                .write("end", isoDate(bucket.end()))
                .write("start", isoDate(bucket.start()))
                .writeEnd();
    }

    /**
     * {@link LocalDate#toString()} for the years 0 to 9999, without its string builder: a page of two
     * month histograms over 43 years writes about 2,000 dates: 4.2 % of a search's request-thread samples
     * with {@code toString}, 1.4 % this way (docs/BENCHMARKS.md).
     */
    static String isoDate(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        byte[] text = {
                digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
                digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
        return new String(text, StandardCharsets.US_ASCII);
    }

    private static byte digit(int value) {
        return (byte) ('0' + value);
    }

    private static void statementHit(StatementHit hit, JsonGenerator generator) {
        generator.writeStartObject();
        optional(generator, "after", hit.after());
        if (hit.article() != null) {
            articleSummary(hit.article(), generator);
        }
        optional(generator, "before", hit.before());
        optional(generator, "content", hit.content());
        optional(generator, "cue", hit.cue());
        optional(generator, "highlight", hit.highlight());
        generator.write("id", hit.id());
        optional(generator, "kind", hit.kind());
        optional(generator, "speaker", hit.speaker());
        optional(generator, "speakerActor", hit.speakerActor());
        optional(generator, "speakerActorType", hit.speakerActorType());
        optional(generator, "statementDate", hit.statementDate());
        generator.write("statementDateInferred", hit.statementDateInferred());
        optional(generator, "status", hit.status());
        generator.writeEnd();
    }

    private static void articleSummary(ArticleSummary article, JsonGenerator generator) {
        generator.writeStartObject("article").write("id", article.id());
        optional(generator, "publishedAt", article.publishedAt());
        optional(generator, "source", article.source());
        optional(generator, "title", article.title());
        generator.writeEnd();
    }

    private static void articleHit(ArticleHit hit, JsonGenerator generator) {
        generator.writeStartObject();
        strings(generator, "highlights", hit.highlights());
        generator.write("id", hit.id());
        optional(generator, "language", hit.language());
        optional(generator, "publishedAt", hit.publishedAt());
        optional(generator, "source", hit.source());
        generator.write("statementCount", hit.statementCount());
        if (hit.statements() != null) {
            generator.writeStartArray("statements");
            hit.statements().forEach(statement -> statementHit(statement, generator));
            generator.writeEnd();
        }
        generator.write("storyCopies", hit.storyCopies()).write("storyId", hit.storyId()).write("storyOrigin", hit.storyOrigin());
        optional(generator, "title", hit.title());
        optional(generator, "url", hit.url());
        generator.writeEnd();
    }

    private static void strings(JsonGenerator generator, String name, List<String> values) {
        if (values != null) {
            generator.writeStartArray(name);
            values.forEach(value -> {
                if (value == null) {
                    generator.writeNull();
                } else {
                    generator.write(value);
                }
            });
            generator.writeEnd();
        }
    }

    /** A text, a {@code LocalDate} or an {@code Instant} (their ISO-8601 forms, as JSON-B writes them); nothing for null, as JSON-B. */
    private static void optional(JsonGenerator generator, String name, Object value) {
        if (value != null) {
            generator.write(name, value.toString());
        }
    }
}
