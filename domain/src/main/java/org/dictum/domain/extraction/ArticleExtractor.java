package org.dictum.domain.extraction;

/** Turns an original document into main text, metadata and statements. Implementations are thread-safe. */
public interface ArticleExtractor {

    ExtractionResult extract(ExtractionRequest request);
}
