package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.dictum.domain.DomainException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.ingest.ArticleIngestion;
import org.dictum.domain.ingest.ArticleSubmission;
import org.dictum.domain.ingest.ExtractedSubmission;
import org.dictum.domain.ingest.IngestionOutcome;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementRepository;
import org.dictum.domain.story.StoryCopies;
import org.dictum.domain.story.StoryGrouping;
import org.dictum.search.query.ArticleSummary;

/** The archive's use cases for clients: store an article, read articles and statements. */
@ApplicationScoped
public class ArchiveService {

    private static final Logger LOG = Logger.getLogger(ArchiveService.class.getName());

    @Inject
    ArticleIngestion ingestion;

    @Inject
    ArticleRepository articles;

    @Inject
    StatementRepository statements;

    @Inject
    StoryGrouping stories;

    @Inject
    StoryCopies storyCopies;

    /**
     * Archives a submission, or finds its identical original archived already, and puts a new
     * article in its story: what every way into the archive (the API, bulk imports) does.
     */
    @Transactional
    public IngestionOutcome archive(ArticleSubmission submission) {
        return placed(ingestion.ingest(submission));
    }

    /**
     * As {@link #archive(ArticleSubmission)}, with the submission's extraction done elsewhere (bulk imports extract
     * ahead). It joins the chunk's transaction, where a refused record (no article text, say) is one failure among
     * the chunk's records: the refusal comes before the article is saved, so it must not doom the whole chunk.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public IngestionOutcome archive(ArticleSubmission submission, Supplier<ExtractionResult> extraction) {
        return placed(ingestion.ingest(submission, extraction));
    }

    /**
     * Stores together, in a transaction of their own, the new actors that archiving {@code upcoming}
     * in order would store one by one (bulk imports: {@link ArticleIngestion#addActorsAhead}).
     */
    @Transactional
    public int addActorsAhead(List<ExtractedSubmission> upcoming) {
        return ingestion.addActorsAhead(upcoming);
    }

    private IngestionOutcome placed(IngestionOutcome outcome) {
        if (outcome.created()) {
            stories.place(outcome.article());
        }
        return outcome;
    }

    @Transactional
    public StoredArticle store(ArticleSubmission submission) {
        long started = System.nanoTime();
        IngestionOutcome outcome = archive(submission);
        Article article = outcome.article();
        if (outcome.created()) {
            LOG.info(() -> String.format("Stored article %d (%d statements, story of article %d) in %d ms",
                    article.getId(), article.getStatements().size(), article.getStoryId(),
                    (System.nanoTime() - started) / 1_000_000));
        } else {
            LOG.fine(() -> "Identical content already archived as article " + article.getId());
        }
        return new StoredArticle(ArticleDetail.of(article), outcome.created());
    }

    @Transactional
    public ArticleDetail article(long id) {
        return ArticleDetail.of(articles.findById(id).orElseThrow(() -> new UnknownEntityException("Article", id)));
    }

    @Transactional
    public OriginalDocument original(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new UnknownEntityException("Article", id));
        return new OriginalDocument(article.getOriginalContent(), article.getContentType().mediaType(), article.getSha256());
    }

    @Transactional
    public StatementDetail statement(long id) {
        Statement statement = statements.findById(id).orElseThrow(() -> new UnknownEntityException("Statement", id));
        long articleId = statement.getArticle().getId(); // the lazy article stays unloaded: its texts can be megabytes
        return StatementDetail.of(statement, ArticleSummary.of(articles.headingOf(articleId).orElseThrow(() ->
                new IllegalStateException("Statement " + id + " names article " + articleId + ", which is not there"))));
    }

    /** Every copy of the article's story, the origin first, then by publication. */
    @Transactional
    public List<StoryCopy> copies(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new UnknownEntityException("Article", id));
        return storyCopies.members(article.getStoryId()).stream().map(StoryCopy::of)
                .sorted(Comparator.comparing(StoryCopy::origin).reversed()
                        .thenComparing(StoryCopy::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StoryCopy::id))
                .toList();
    }

    @Transactional
    public long articleCount() {
        return articles.count();
    }
}
