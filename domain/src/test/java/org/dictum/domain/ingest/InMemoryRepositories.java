package org.dictum.domain.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleHeading;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.article.Source;
import org.dictum.domain.article.SourceRepository;
import org.dictum.domain.topic.InMemoryTopicRepository;
import org.dictum.domain.topic.Topic;

/** Repositories backed by lists, for testing domain services without a database. */
final class InMemoryRepositories implements ArticleRepository, ActorRepository, SourceRepository {

    final List<Article> articles = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final InMemoryTopicRepository taxonomy = new InMemoryTopicRepository();
    final List<Topic> topics = taxonomy.topics;

    @Override
    public Optional<Article> findById(long id) {
        return Optional.empty();
    }

    @Override
    public Optional<Article> findBySha256(String sha256) {
        return articles.stream().filter(a -> a.getSha256().equals(sha256)).findFirst();
    }

    @Override
    public Optional<ArticleHeading> headingOf(long id) {
        return articles.stream().filter(a -> a.getId() != null && a.getId() == id).findFirst()
                .map(a -> new ArticleHeading(id, a.getTitle(), a.getSource().map(Source::getName), a.getPublishedAt()));
    }

    @Override
    public List<Article> notWithdrawnAmong(Collection<Long> ids) {
        return articles.stream().filter(a -> ids.contains(a.getId()) && !a.isWithdrawn()).toList();
    }

    @Override
    public Set<String> archivedSha256s(Collection<String> sha256s) {
        return articles.stream().map(Article::getSha256).filter(sha256s::contains).collect(Collectors.toSet());
    }

    @Override
    public Optional<Long> idOfArticleAt(String url) {
        return articles.stream().filter(a -> a.getUrl().filter(url::equals).isPresent()).map(Article::getId).findFirst();
    }

    @Override
    public Article save(Article article) {
        articles.add(article);
        return article;
    }

    @Override
    public Optional<Actor> findByCanonicalName(String canonicalName) {
        return actors.stream().filter(a -> a.getCanonicalName().equals(Actor.normalName(canonicalName))).findFirst();
    }

    @Override
    public Optional<Actor> findConfirmedByAlias(String alias) {
        return actors.stream()
                .filter(a -> a.getStatus() == ActorStatus.CONFIRMED && !a.isMerged() && a.getAliases().contains(Actor.normalName(alias)))
                .findFirst();
    }

    @Override
    public Optional<Actor> findLiveByAlias(String alias) {
        return actors.stream().filter(a -> !a.isMerged() && a.getAliases().contains(Actor.normalName(alias))).findFirst();
    }

    @Override
    public List<Actor> findLiveNamedIgnoringCase(String name) {
        return actors.stream().filter(a -> !a.isMerged() && a.isCalledIgnoringCase(name)).toList();
    }

    @Override
    public List<Actor> othersIdentifiedAs(ExternalIdentifier identifier, Actor self) {
        return actors.stream().filter(a -> a != self && !a.isMerged() && a.getIdentifiers().contains(identifier)).toList();
    }

    @Override
    public Optional<Actor> findActor(long id) {
        return actors.stream().filter(a -> a.getId() != null && a.getId() == id).findFirst();
    }

    @Override
    public List<Actor> search(ActorFilter filter, int offset, int limit) {
        return actors.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(ActorFilter filter) {
        return actors.size();
    }

    @Override
    public Actor save(Actor actor) {
        actors.add(actor);
        return actor;
    }

    @Override
    public Actor add(Actor actor) {
        return save(actor);
    }

    /** Names a concurrent transaction has stored: {@link #saveAll} of one of them stores nothing. */
    final Set<String> storedConcurrently = new HashSet<>();
    int saveAllCalls;

    @Override
    public boolean saveAll(List<Actor> newActors) {
        saveAllCalls++;
        if (newActors.stream().anyMatch(actor -> storedConcurrently.contains(actor.getCanonicalName()))) {
            return false;
        }
        actors.addAll(newActors);
        return true;
    }

    @Override
    public Optional<Source> findByName(String name) {
        return sources.stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    @Override
    public List<Source> findNamedIgnoringCase(String name) {
        return sources.stream().filter(s -> s.getName().equalsIgnoreCase(name)).toList();
    }

    @Override
    public Source save(Source source) {
        sources.add(source);
        return source;
    }

    @Override
    public long count() {
        return articles.size();
    }

    @Override
    public void flush() {
        // Nothing is pending: every change is visible at once.
    }

    @Override
    public void raiseVersion(Article article) {
        // Versions are the database's: nothing here reads them.
    }
}
