package org.dictum.search.mapping;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Text analysis for both backends, side by side so that they stay alike: the same tokenizer and
 * filters in the same order, named as each backend names them, so that a query matches, stems and
 * highlights the same words on the embedded Lucene index and on Elasticsearch/OpenSearch. One class
 * for both because persistence.xml names one configurer whichever backend {@code dictum.search.backend}
 * selects.
 */
public class DictumAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    /** Elasticsearch's name for Lucene's EnglishPossessiveFilter: a stemmer filter of that language. */
    static final String ENGLISH_POSSESSIVE = "dictum_english_possessive";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.analyzer(Analyzers.FOLDED).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
        context.analyzer(Analyzers.FOLDED).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
