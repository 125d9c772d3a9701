package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.article.Source;
import org.dictum.domain.article.SourceRepository;
import org.dictum.persistence.audit.ChangeAttribution;

/**
 * Librarians' corrections of articles. Each is audited with the editor and the reason, and applies
 * only to the version the editor read: a change based on an older version is refused.
 */
@ApplicationScoped
public class ArticleCuration {

    @Inject
    ArticleRepository articles;

    @Inject
    SourceRepository sources;

    @Inject
    ChangeAttribution attribution;

    @Transactional
    public ArticleDetail correctMetadata(long id, long readVersion, ArticleMetadataPatch patch) {
        Article article = articles.findById(id).orElseThrow(() -> new UnknownEntityException("Article", id));
        StaleVersionException.requireCurrent("Article", id, readVersion, article.getVersion());
        patch.reason().ifPresent(attribution::because);
        article.correctMetadata(patch.applyTo(article.metadata(), this::sourceNamed));
        // A concurrent change that committed after our read fails here, as an OptimisticLockException.
        articles.flush();
        return ArticleDetail.of(article);
    }

    private Source sourceNamed(String name) {
        return sources.findByName(name).orElseGet(() -> sources.save(new Source(name, null)));
    }
}
