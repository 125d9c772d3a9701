package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleMetadata;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.article.Source;
import org.dictum.domain.article.SourceRepository;
import org.dictum.domain.story.StoryGrouping;
import org.dictum.domain.curation.ReextractionPlan;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.ingest.ArticleReextraction;
import org.dictum.domain.ingest.StatementRedating;
import org.dictum.persistence.audit.ChangeAttribution;
import org.dictum.persistence.audit.CurrentUser;

/**
 * Librarians' corrections of articles: metadata, withdrawal and restoration, re-extraction. Each is
 * audited with the editor and the reason, and applies only to the version the editor read: a change
 * based on an older version is refused.
 */
@ApplicationScoped
public class ArticleCuration {

    private static final Logger LOG = Logger.getLogger(ArticleCuration.class.getName());

    @Inject
    ArticleRepository articles;

    @Inject
    SourceRepository sources;

    @Inject
    ActorRepository actors;

    @Inject
    ArticleExtractor extractor;

    @Inject
    ChangeAttribution attribution;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** A withdrawn, restored or re-dated copy can change which copy is its story's origin. */
    @Inject
    StoryGrouping stories;

    @Transactional
    public ArticleDetail correctMetadata(long id, long readVersion, ArticleMetadataPatch patch) {
        Article article = articles.findById(id).orElseThrow(() -> new UnknownEntityException("Article", id));
        // The fields are checked before the version: a bad request answers 400 even when it is also stale.
        ArticleMetadata corrected = patch.applyTo(article.metadata(), this::sourceNamed);
        StaleVersionException.requireCurrent("Article", id, readVersion, article.getVersion());
        patch.reason().ifPresent(attribution::because);
        Optional<Instant> publishedBefore = article.getPublishedAt();
        Optional<LocalDate> dayBefore = article.getPublicationDay();
        article.correctMetadata(corrected);
        if (!publishedBefore.equals(article.getPublishedAt())) {
            stories.reconsider(article.getStoryId()); // the earliest copy may be another one now
        }
        if (!dayBefore.equals(article.getPublicationDay())) { // also when only the offset changed
            new StatementRedating(extractor).redate(article); // "said Saturday" meant another day
        }
        // A concurrent change that committed after our read fails here, as an OptimisticLockException.
        articles.flush();
        return ArticleDetail.of(article);
    }

    /** The reason is the body's, else the X-Dictum-Reason header's; one is required. */
    @Transactional
    public ArticleDetail withdraw(long id, long readVersion, String reason) {
        Article article = current(id, readVersion);
        attribution.because(reason);
        article.withdraw(currentUser.librarian(), attribution.reason().orElse(null), clock.instant());
        stories.reconsider(article.getStoryId());
        articles.flush();
        return ArticleDetail.of(article);
    }

    @Transactional
    public ArticleDetail restore(long id, long readVersion, String reason) {
        Article article = current(id, readVersion);
        attribution.because(reason);
        article.restore(currentUser.librarian());
        stories.reconsider(article.getStoryId());
        articles.flush();
        return ArticleDetail.of(article);
    }

    /** Runs the current extractor again; librarians' statements stay (see {@link ReextractionPlan}). */
    @Transactional
    public ReextractionSummary reextract(long id, long readVersion, String reason) {
        Article article = current(id, readVersion);
        attribution.because(reason);
        currentUser.librarian();
        ReextractionPlan plan = new ArticleReextraction(extractor, actors).reextract(article);
        articles.flush();
        LOG.info(() -> String.format("Re-extracted article %d: %d statements replaced by %d, %d curated kept, %d findings dropped",
                id, plan.removed().size(), plan.added().size(), plan.kept().size(), plan.dropped().size()));
        return new ReextractionSummary(plan.removed().size(), plan.added().size(), plan.kept().size(),
                plan.dropped().size(), ArticleDetail.of(article));
    }

    private Article current(long id, long readVersion) {
        Article article = articles.findById(id).orElseThrow(() -> new UnknownEntityException("Article", id));
        StaleVersionException.requireCurrent("Article", id, readVersion, article.getVersion());
        return article;
    }

    private Source sourceNamed(String name) {
        return sources.findByName(name).orElseGet(() -> sources.save(new Source(name, null)));
    }
}
