package org.dictum.domain.ingest;

import java.util.Objects;
import org.dictum.domain.extraction.ExtractionResult;

/** A submission with what the ingestion's extractor made of it, before it is stored. */
public record ExtractedSubmission(ArticleSubmission submission, ExtractionResult extraction) {

    public ExtractedSubmission {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(extraction, "extraction");
    }
}
