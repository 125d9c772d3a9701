package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.article.SourceRepository;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;
import org.dictum.domain.ingest.ArticleIngestion;
import org.dictum.domain.topic.TopicRepository;

/** Wires the container-free domain services into CDI. */
@ApplicationScoped
public class DomainProducers {

    @Produces
    @Singleton
    ArticleExtractor extractor() {
        return new RuleBasedArticleExtractor();
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Dependent
    ArticleIngestion ingestion(ArticleRepository articles, SourceRepository sources, ActorRepository actors,
                               TopicRepository topics, ArticleExtractor extractor, Clock clock) {
        return new ArticleIngestion(articles, sources, actors, topics, extractor, clock);
    }
}
