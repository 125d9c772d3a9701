package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dictum.search.query.syntax.QueryParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The native translation of the query language, on a small index analysed like the server's. */
class LuceneQueryTranslatorTest {

    private static final QueryFields FIELDS = new QueryFields(List.of("content"), List.of("content_exact"),
            Map.of("speaker", "speaker_words"));
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static Analyzer analyzer;

    @BeforeAll
    static void index() throws IOException {
        analyzer = ServerAnalyzers.perField();
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            add(writer, "1", "The missiles were moved, the senior official said.", "Antony Blinken");
            add(writer, "2", "Talks about the missile talks went on.", "Sergei Lavrov");
            add(writer, "3", "An official, senior in rank, talked to Zoë.", "Jens Stoltenberg");
            add(writer, "4", "A long-term deal was signed, the minister said.", "Olaf Scholz");
            add(writer, "5", "It was a short term deal, so long as it lasted.", "Olaf Scholz");
        }
        reader = DirectoryReader.open(directory);
    }

    private static void add(IndexWriter writer, String id, String content, String speaker) throws IOException {
        Document document = new Document();
        document.add(new StoredField("id", id));
        document.add(new TextField("content", content, Field.Store.NO));
        document.add(new TextField("content_exact", content, Field.Store.NO));
        document.add(new TextField("speaker_words", speaker, Field.Store.NO));
        writer.addDocument(document);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static List<String> matches(String query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        var lucene = new LuceneQueryTranslator(analyzer, FIELDS).translate(new QueryParser(Set.of("speaker")).parse(query));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(lucene, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        ids.sort(null);
        return ids;
    }

    @Test
    void words_match_through_stemming() throws IOException {
        assertThat(matches("talking")).containsExactly("2", "3");
        assertThat(matches("missile")).containsExactly("1", "2");
    }

    @Test
    void a_word_the_analyzer_splits_needs_all_its_parts_in_order() throws IOException {
        assertThat(matches("long-term")).as("not 'short term' nor 'so long'").containsExactly("4");
        assertThat(matches("term-long")).isEmpty();
        assertThat(matches("long term")).as("two words: both, anywhere").containsExactly("4", "5");
    }

    @Test
    void phrases_match_in_order_without_stemming() throws IOException {
        assertThat(matches("\"senior official\"")).containsExactly("1");
        assertThat(matches("\"missile talks\"")).containsExactly("2");
        assertThat(matches("\"missiles talks\"")).isEmpty();
    }

    @Test
    void prefixes_match_folded_words() throws IOException {
        assertThat(matches("miss*")).containsExactly("1", "2");
        assertThat(matches("ZOE*")).containsExactly("3");
    }

    @Test
    void boolean_operators_and_fields_combine() throws IOException {
        assertThat(matches("official -missiles")).containsExactly("3");
        assertThat(matches("missiles OR zoë")).containsExactly("1", "2", "3");
        assertThat(matches("NOT talks")).containsExactly("1", "4", "5");
        assertThat(matches("speaker:lavrov OR speaker:blinken")).containsExactly("1", "2");
        assertThat(matches("(talks AND speaker:stoltenberg)")).containsExactly("3");
    }

    @Test
    void text_without_any_token_matches_nothing() throws IOException {
        assertThat(matches("\"...\"")).isEmpty();
    }
}
