package org.dictum.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * Reads a page of hits from the index reader that found them: the fields the type stores for
 * showing a hit, and its highlights, so that a page needs no second search. Highlights the way
 * Hibernate Search's plain highlighter does, which the other plans and the OpenSearch backend use:
 * Lucene's {@link Highlighter} with a {@link QueryScorer} on each field (multi-term queries
 * expanded), span fragments of the type's length, each field's search analyzer, HTML-escaped text
 * with matches in {@code <mark>}; fragments without a match are left out, so a field that does not
 * match has no highlight at all (never unescaped text).
 */
final class IndexedPageReader {

    private final IndexedType<?> type;
    private final Analyzer searchAnalyzer;

    /** @param searchAnalyzer the index's search analyzer, which picks each field's own */
    IndexedPageReader(IndexedType<?> type, Analyzer searchAnalyzer) {
        this.type = type;
        this.searchAnalyzer = searchAnalyzer;
    }

    /**
     * The page's hits in its order. The two highlighted fields index one text (stemmed, and exact for
     * phrases and prefixes), so the text is read once, from the first; the exact field is highlighted
     * only when the stemmed one marks nothing, since its highlights are shown only then
     * ({@link Hit#chosenHighlights}).
     *
     * @param query the query to highlight, or null for no highlights
     */
    List<IndexedHit> read(IndexReader reader, List<TopHits.TopDoc> page, Query query) throws IOException {
        Set<String> fields = new LinkedHashSet<>(type.storedFields());
        String textField = type.highlightFields().get(0);
        String exactField = type.highlightFields().get(1);
        boolean readText = type.storedHits().isPresent();
        if (readText || query != null) {
            fields.add(textField);
        }
        Highlighter stemmed = query == null ? null : highlighter(query, textField);
        Highlighter exact = query == null ? null : highlighter(query, exactField);
        StoredFields storedFields = reader.storedFields();
        List<IndexedHit> hits = new ArrayList<>(page.size());
        for (TopHits.TopDoc top : page) {
            Document document = storedFields.document(top.doc(), fields);
            String[] texts = document.getValues(textField);
            List<String> highlights = List.of();
            if (query != null) {
                highlights = fragments(stemmed, textField, texts);
                if (!Hit.marks(highlights)) {
                    highlights = Hit.chosenHighlights(highlights, fragments(exact, exactField, texts));
                }
            }
            List<String> stored = new ArrayList<>(type.storedFields().size());
            type.storedFields().forEach(field -> stored.add(document.get(field)));
            hits.add(new IndexedHit(top.id(), highlights, stored, readText && texts.length > 0 ? texts[0] : null));
        }
        return hits;
    }

    private Highlighter highlighter(Query query, String field) {
        QueryScorer scorer = new QueryScorer(query, field);
        scorer.setExpandMultiTermQuery(true);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, type.fragmentLength()));
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        return highlighter;
    }

    private List<String> fragments(Highlighter highlighter, String field, String[] texts) throws IOException {
        List<String> fragments = new ArrayList<>();
        for (String text : texts) {
            try {
                for (TextFragment fragment : highlighter.getBestTextFragments(searchAnalyzer.tokenStream(field, text), text,
                        false, type.fragments())) {
                    if (fragment != null && fragment.getScore() > 0) {
                        fragments.add(fragment.toString());
                    }
                }
            } catch (InvalidTokenOffsetsException e) {
                throw new IOException("Highlighting " + field + " failed: the analyzer's offsets do not fit the stored text", e);
            }
        }
        return fragments;
    }
}
