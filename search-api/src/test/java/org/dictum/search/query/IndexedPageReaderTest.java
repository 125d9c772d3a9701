package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dictum.search.query.syntax.QueryParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page of hits read from the index that found them: stored fields in the type's order, and
 * highlights as Hibernate Search's plain highlighter makes them (escaped text, matches in
 * {@code <mark>}, nothing for a field without a match), on a small index analysed like the server's.
 */
class IndexedPageReaderTest {

    private static final QueryFields FIELDS = new QueryFields(List.of("content"), List.of("content_exact"),
            Map.of("speaker", "speaker_words"));
    private static final IndexedType<Object> TYPE = type(Optional.empty());
    private static final IndexedType.StoredHits SHOWN_FROM_INDEX = new IndexedType.StoredHits() {
        @Override
        public boolean complete(List<String> stored) {
            return stored.get(1) != null;
        }

        @Override
        public LocalDate date(List<String> stored) {
            return null;
        }
    };
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static Analyzer analyzer;

    private static IndexedType<Object> type(Optional<IndexedType.StoredHits> storedHits) {
        return new IndexedType<>(Object.class, FIELDS, "date", Map.of(), f -> f.matchAll(), Optional.empty(),
                List.of("content", "content_exact"), 100_000, 1, List.of("before", "title"), Optional.empty(), storedHits,
                e -> null, e -> 0L);
    }

    @BeforeAll
    static void index() throws IOException {
        analyzer = ServerAnalyzers.perField();
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            add(writer, "The <b>missiles</b> were moved, the senior official said.", "Antony Blinken", "It began.", "Missiles");
            add(writer, "Talks about the missile talks went on & on.", "Sergei Lavrov", null, "Talks");
        }
        reader = DirectoryReader.open(directory);
    }

    private static void add(IndexWriter writer, String content, String speaker, String before, String title) throws IOException {
        Document document = new Document();
        document.add(new TextField("content", content, Field.Store.YES));
        document.add(new TextField("content_exact", content, Field.Store.YES));
        document.add(new TextField("speaker_words", speaker, Field.Store.NO));
        if (before != null) {
            document.add(new StoredField("before", before));
        }
        document.add(new StoredField("title", title));
        writer.addDocument(document);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static List<IndexedHit> page(String query, int... docs) throws IOException {
        return page(TYPE, query, docs);
    }

    private static List<IndexedHit> page(IndexedType<Object> type, String query, int... docs) throws IOException {
        Query lucene = query == null ? null
                : new LuceneQueryTranslator(analyzer, FIELDS).translate(new QueryParser(Set.of("speaker")).parse(query));
        List<TopHits.TopDoc> top = java.util.Arrays.stream(docs).mapToObj(doc -> new TopHits.TopDoc(doc, 100 + doc, 1f, 0, false))
                .toList();
        return new IndexedPageReader(type, analyzer).read(reader, top, lucene);
    }

    @Test
    void marks_stemmed_words_in_escaped_text() throws IOException {
        assertThat(page("missile", 0, 1)).extracting(IndexedHit::highlights).containsExactly(
                List.of("The &lt;b&gt;<mark>missiles</mark>&lt;&#x2F;b&gt; were moved, the senior official said."),
                List.of("Talks about the <mark>missile</mark> talks went on &amp; on."));
    }

    @Test
    void marks_a_phrase_in_the_exact_field_only_where_it_stands() throws IOException {
        assertThat(page("\"senior official\"", 0).get(0).highlights())
                .containsExactly("The &lt;b&gt;missiles&lt;&#x2F;b&gt; were moved, the <mark>senior</mark> <mark>official</mark> said.");
    }

    @Test
    void marks_every_word_a_prefix_expands_to() throws IOException {
        assertThat(page("talk*", 1).get(0).highlights())
                .containsExactly("<mark>Talks</mark> about the missile <mark>talks</mark> went on &amp; on.");
    }

    @Test
    void a_hit_found_by_another_field_has_no_highlight_and_never_raw_text() throws IOException {
        assertThat(page("speaker:lavrov", 1).get(0).highlights()).isEmpty();
        assertThat(page("speaker:blinken", 0).get(0).highlights()).isEmpty();
    }

    @Test
    void without_a_query_reads_the_stored_fields_in_order_without_highlights() throws IOException {
        List<IndexedHit> hits = page(null, 1, 0);

        assertThat(hits).extracting(IndexedHit::id).containsExactly(101L, 100L);
        assertThat(hits).extracting(IndexedHit::highlights).containsOnly(List.of());
        assertThat(hits.get(0).stored()).containsExactly(null, "Talks");
        assertThat(hits.get(1).stored()).containsExactly("It began.", "Missiles");
    }

    @Test
    void reads_the_stored_text_only_for_a_type_shown_from_the_index() throws IOException {
        IndexedType<Object> shown = type(Optional.of(SHOWN_FROM_INDEX));

        assertThat(page(shown, null, 1, 0)).extracting(IndexedHit::text)
                .containsExactly("Talks about the missile talks went on & on.", "The <b>missiles</b> were moved, the senior official said.");
        assertThat(page(shown, "missile", 0).get(0).text()).isEqualTo("The <b>missiles</b> were moved, the senior official said.");
        assertThat(page(null, 0, 1)).extracting(IndexedHit::text).containsOnlyNulls();
    }
}
