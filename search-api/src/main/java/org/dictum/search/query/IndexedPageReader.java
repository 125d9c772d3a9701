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
     * The page's hits in its order.
     *
     * @param query the query to highlight, or null for no highlights
     */
    List<IndexedHit> read(IndexReader reader, List<TopHits.TopDoc> page, Query query) throws IOException {
        Set<String> fields = new LinkedHashSet<>(type.storedFields());
        String textField = type.highlightFields().get(0);
        boolean readText = type.storedHits().isPresent();
        if (readText) {
            fields.add(textField);
        }
        List<Highlighter> highlighters = new ArrayList<>();
        if (query != null) {
            fields.addAll(type.highlightFields());
            type.highlightFields().forEach(field -> highlighters.add(highlighter(query, field)));
        }
        StoredFields storedFields = reader.storedFields();
        List<IndexedHit> hits = new ArrayList<>(page.size());
        for (TopHits.TopDoc top : page) {
            Document document = storedFields.document(top.doc(), fields);
            List<List<String>> fragments = new ArrayList<>();
            for (int i = 0; i < highlighters.size(); i++) {
                fragments.add(fragments(highlighters.get(i), type.highlightFields().get(i), document));
            }
            List<String> stored = new ArrayList<>(type.storedFields().size());
            type.storedFields().forEach(field -> stored.add(document.get(field)));
            hits.add(new IndexedHit(top.id(), query == null ? List.of() : Hit.chosenHighlights(fragments.get(0), fragments.get(1)),
                    stored, readText ? document.get(textField) : null));
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

    private List<String> fragments(Highlighter highlighter, String field, Document document) throws IOException {
        List<String> fragments = new ArrayList<>();
        for (String text : document.getValues(field)) {
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
