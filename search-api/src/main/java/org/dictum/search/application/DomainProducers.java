package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.article.SourceRepository;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;
import org.dictum.domain.ingest.ArticleIngestion;
import org.dictum.domain.story.SameStoryRule;
import org.dictum.domain.story.StoryCopies;
import org.dictum.domain.story.StoryGrouping;
import org.dictum.domain.topic.TopicRepository;
import org.dictum.domain.topic.learning.LearnedTopicTagger;
import org.dictum.domain.topic.tagging.CombinedTopicTagger;
import org.dictum.domain.topic.tagging.TaxonomyRuleTagger;
import org.dictum.domain.topic.tagging.TopicTagger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the container-free domain services into CDI. */
@ApplicationScoped
public class DomainProducers {

    private static final Logger LOG = Logger.getLogger(DomainProducers.class.getName());

    /** A model trained with {@code TopicClassifierTrainer} and saved by {@code LearnedTopicTagger.save}. */
    @Inject
    @ConfigProperty(name = "dictum.topics.model-file")
    Optional<String> topicModelFile;

    /** Copies of one story: shingle sets overlapping at least this much (Jaccard) ... */
    @Inject
    @ConfigProperty(name = "dictum.stories.min-jaccard")
    double storyMinJaccard;

    /** ... or the shorter text contained at least this much in the longer one ... */
    @Inject
    @ConfigProperty(name = "dictum.stories.min-containment")
    double storyMinContainment;

    /** ... and both texts with at least this many distinct 5-word shingles. */
    @Inject
    @ConfigProperty(name = "dictum.stories.min-shingles")
    int storyMinShingles;

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

    /** The taxonomy's rules, plus the learned classifier when a model file is configured. */
    @Produces
    @Singleton
    TopicTagger topicTagger(TopicRepository topics) {
        TopicTagger rules = new TaxonomyRuleTagger(topics);
        if (topicModelFile.isEmpty() || topicModelFile.get().isBlank()) {
            return rules;
        }
        Path file = Path.of(topicModelFile.get().strip());
        try {
            LearnedTopicTagger learned = LearnedTopicTagger.load(file);
            LOG.info(() -> "Topic tagging: taxonomy rules and the model " + file + " (" + learned.labels().size() + " topics)");
            return new CombinedTopicTagger(List.of(rules, learned));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the topic model dictum.topics.model-file=" + file, e);
        }
    }

    @Produces
    @Dependent
    ArticleIngestion ingestion(ArticleRepository articles, SourceRepository sources, ActorRepository actors,
                               TopicRepository topics, TopicTagger topicTagger, ArticleExtractor extractor, Clock clock) {
        return new ArticleIngestion(articles, sources, actors, topics, topicTagger, extractor, clock);
    }

    @Produces
    @Dependent
    StoryGrouping storyGrouping(StoryCopies copies) {
        return new StoryGrouping(copies, new SameStoryRule(storyMinJaccard, storyMinContainment, storyMinShingles));
    }
}
