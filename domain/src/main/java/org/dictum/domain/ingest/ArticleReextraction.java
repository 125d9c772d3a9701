package org.dictum.domain.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.Article;
import org.dictum.domain.curation.CurationConflictException;
import org.dictum.domain.curation.ReextractionPlan;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;

/**
 * Runs the current extractor again on an archived article's original and applies the
 * {@link ReextractionPlan}: untouched machine statements are replaced, librarians' work stays.
 * New statements get the article's topics, as at ingestion. The stored main text never changes:
 * when the extractor now reads a different main text from the original, the new spans would not
 * fit it, and the article is left as it is. Runs inside the caller's transaction.
 */
public class ArticleReextraction {

    private final ArticleExtractor extractor;
    private final ActorResolver actorResolver;

    public ArticleReextraction(ArticleExtractor extractor, ActorRepository actors) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.actorResolver = new ActorResolver(actors);
    }

    public ReextractionPlan reextract(Article article) {
        if (article.isWithdrawn()) {
            throw new CurationConflictException("Article " + article.getId() + " is withdrawn: restore it before re-extracting");
        }
        LocalDate publicationDate = article.getPublicationDay().orElse(null);
        ExtractionResult extraction = extractor.extract(new ExtractionRequest(article.getOriginalContent(),
                article.getContentType(), article.getTitle().orElse(null), publicationDate, article.getUrl().orElse(null)));
        if (!extraction.mainText().equals(article.getMainText())) {
            throw new CurationConflictException("The extractor now reads a different main text from the original of article "
                    + article.getId() + "; its statements would not fit the stored text, so nothing was changed");
        }
        ReextractionPlan plan = ReextractionPlan.of(article.getStatements(), extraction.statements());
        plan.removed().forEach(article::removeStatement);
        ExtractedStatements.addTo(article, plan.added(), extraction.extractorVersion(), actorResolver, article.getTopics());
        return plan;
    }
}
