package org.dictum.search.query;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;

/**
 * The analysis the server configures ({@code DictumAnalysisConfigurer}) for small test indexes:
 * English (stemmed) for {@code content}, folded for the exact and name-word fields.
 */
final class ServerAnalyzers {

    private ServerAnalyzers() {
    }

    /** Stemmed English by default; {@code content_exact} and {@code speaker_words} folded only. */
    static Analyzer perField() throws IOException {
        Analyzer english = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.NAME)
                .addTokenFilter(EnglishPossessiveFilterFactory.NAME).addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(ASCIIFoldingFilterFactory.NAME).addTokenFilter(PorterStemFilterFactory.NAME).build();
        Analyzer folded = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.NAME)
                .addTokenFilter(LowerCaseFilterFactory.NAME).addTokenFilter(ASCIIFoldingFilterFactory.NAME).build();
        return new PerFieldAnalyzerWrapper(english, Map.of("content_exact", folded, "speaker_words", folded));
    }
}
