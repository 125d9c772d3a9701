package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.ingest.ArticleSubmission;
import org.dictum.domain.topic.tagging.TopicTagger;

/** Runs extraction on a submission and reports what it found, storing nothing. */
@ApplicationScoped
public class ExtractionService {

    @Inject
    ArticleExtractor extractor;

    @Inject
    TopicTagger topicTagger;

    /** Read-only: the taxonomy's rules are read from the database. */
    @Transactional
    public ExtractionPreview preview(ArticleSubmission submission) {
        ExtractionResult result = extractor.extract(submission.extractionRequest());
        String text = (result.title() == null ? "" : result.title() + "\n\n") + result.mainText();
        return ExtractionPreview.of(result, submission.topics() != null
                ? Set.copyOf(submission.topics()) : topicTagger.tag(text));
    }
}
