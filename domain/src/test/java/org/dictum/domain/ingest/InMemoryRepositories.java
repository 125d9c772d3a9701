package org.dictum.domain.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.article.Source;
import org.dictum.domain.article.SourceRepository;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.dictum.domain.topic.TopicRepository;

/** Repositories backed by lists, for testing domain services without a database. */
final class InMemoryRepositories implements ArticleRepository, ActorRepository, SourceRepository, TopicRepository {

    final List<Article> articles = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Topic> topics = new ArrayList<>();

    @Override
    public Optional<Article> findById(long id) {
        return Optional.empty();
    }

    @Override
    public Optional<Article> findBySha256(String sha256) {
        return articles.stream().filter(a -> a.getSha256().equals(sha256)).findFirst();
    }

    @Override
    public Article save(Article article) {
        articles.add(article);
        return article;
    }

    @Override
    public Optional<Actor> findByCanonicalName(String canonicalName) {
        return actors.stream().filter(a -> a.getCanonicalName().equals(canonicalName)).findFirst();
    }

    @Override
    public Actor save(Actor actor) {
        actors.add(actor);
        return actor;
    }

    @Override
    public Optional<Source> findByName(String name) {
        return sources.stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    @Override
    public Source save(Source source) {
        sources.add(source);
        return source;
    }

    @Override
    public Optional<Topic> findByLabel(String label) {
        return topics.stream().filter(t -> t.getLabel().equals(label)).findFirst();
    }

    @Override
    public Optional<Topic> findByLabelOrAltLabel(String name) {
        return topics.stream().filter(t -> t.getLabel().equalsIgnoreCase(name.strip())).findFirst()
                .or(() -> topics.stream().filter(t -> t.isCalled(name)).findFirst());
    }

    @Override
    public Optional<Topic> findByCode(TopicCode code) {
        return topics.stream().filter(t -> t.getCode().equals(code)).findFirst();
    }

    @Override
    public List<Topic> findAllTopics() {
        return topics.stream().sorted(Comparator.comparing(Topic::getLabel)).toList();
    }

    @Override
    public boolean hasNoTopics() {
        return topics.isEmpty();
    }

    @Override
    public Topic addShared(Topic topic) {
        return save(topic);
    }

    @Override
    public Topic save(Topic topic) {
        topics.add(topic);
        return topic;
    }

    @Override
    public long count() {
        return articles.size();
    }
}
