package org.dictum.search.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;
import org.dictum.search.query.KeywordInContext;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes a statement with its content and the facets it is found by. The speaker counts as an
 * actor too, so "actor" means "speaker or mentioned". The status and the article's withdrawal are
 * indexed so that searches can leave rejected statements and those of withdrawn articles out. It
 * belongs to its own collections and its article's; these are not tracked dependencies: the
 * collection service reindexes members when membership changes. The associations it reads are
 * listed in {@link DocumentAssociations#STATEMENT}: keep the two in step.
 */
class StatementBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("content").use("span").use("kind").use("cue").use("status").use("statementDate").use("statementDateInferred")
                .use("speakerMention")
                .use("speaker").use("mentionedActors").use("topics")
                .use("article.mainText").use("article.title").use("article.publishedAt").use("article.language").use("article.source")
                .use("article.withdrawnAt").use("article.storyId");
        IndexFields fields = new IndexFields(context.indexSchemaElement());
        context.bridge(Statement.class, new Bridge(
                fields.fullText(SearchFields.CONTENT),
                fields.facet(SearchFields.KIND, false),
                new Named(fields.facet(SearchFields.CUE, false), fields.nameWords(SearchFields.words(SearchFields.CUE))),
                new Named(fields.facet(SearchFields.SPEAKER, false), fields.nameWords(SearchFields.words(SearchFields.SPEAKER))),
                new Named(fields.facet(SearchFields.ACTOR, true), fields.nameWords(SearchFields.words(SearchFields.ACTOR))),
                new Named(fields.facet(SearchFields.TOPIC, true), fields.nameWords(SearchFields.words(SearchFields.TOPIC))),
                new Named(fields.facet(SearchFields.SOURCE, false), fields.nameWords(SearchFields.words(SearchFields.SOURCE))),
                fields.facet(SearchFields.LANGUAGE, false),
                fields.facet(SearchFields.MONTH, false),
                fields.facet(StatementStatusField.NAME, false),
                fields.facet(StatementStatusField.WITHDRAWN, false),
                fields.facet(StatementStatusField.STORY_COPY, false),
                fields.date(SearchFields.PUBLISHED_DATE),
                fields.date(SearchFields.STATEMENT_DATE),
                fields.id(SearchFields.ID),
                fields.id(SearchFields.ARTICLE_ID),
                new Shown(fields.stored(SearchFields.CONTEXT_BEFORE), fields.stored(SearchFields.CONTEXT_AFTER),
                        fields.stored(SearchFields.ARTICLE_TITLE), fields.stored(SearchFields.ARTICLE_SOURCE),
                        fields.stored(SearchFields.ARTICLE_PUBLISHED_AT)),
                new Card(fields.stored(SearchFields.HIT_KIND), fields.stored(SearchFields.HIT_CUE),
                        fields.stored(SearchFields.HIT_SPEAKER_MENTION), fields.stored(SearchFields.HIT_SPEAKER),
                        fields.stored(SearchFields.HIT_SPEAKER_TYPE), fields.stored(SearchFields.HIT_STATEMENT_DATE),
                        fields.stored(SearchFields.HIT_DATE_INFERRED), fields.stored(SearchFields.HIT_STATUS),
                        fields.stored(SearchFields.HIT_ARTICLE_ID)),
                fields.facet(SearchFields.COLLECTION, true)));
    }

    /** A keyword facet and the searchable words of the same names. */
    record Named(IndexFieldReference<String> facet, IndexFieldReference<String> words) {
        void add(DocumentElement document, String value) {
            document.addValue(facet, value);
            document.addValue(words, value);
        }
    }

    /**
     * What a hit shows of its article, kept with the statement so that showing a page of hits
     * needs neither the articles (their whole text) nor cutting sentences.
     */
    record Shown(IndexFieldReference<String> contextBefore, IndexFieldReference<String> contextAfter,
                 IndexFieldReference<String> articleTitle, IndexFieldReference<String> articleSource,
                 IndexFieldReference<String> articlePublishedAt) {
        void write(DocumentElement document, Statement statement, Article article) {
            document.addValue(contextBefore, KeywordInContext.before(article.getMainText(), statement.getSpan().start()));
            document.addValue(contextAfter, KeywordInContext.after(article.getMainText(), statement.getSpan().end()));
            IndexFields.add(document, articleTitle, article.getTitle());
            IndexFields.add(document, articleSource, article.getSource().map(Source::getName));
            IndexFields.add(document, articlePublishedAt, article.getPublishedAt().map(Instant::toString));
        }
    }

    /**
     * What a hit shows of the statement itself (with its content, which the full-text field stores
     * for highlighting), so that a page of hits is read from the index alone.
     */
    record Card(IndexFieldReference<String> kind, IndexFieldReference<String> cue,
                IndexFieldReference<String> speakerMention, IndexFieldReference<String> speaker,
                IndexFieldReference<String> speakerType, IndexFieldReference<String> statementDate,
                IndexFieldReference<String> dateInferred, IndexFieldReference<String> status,
                IndexFieldReference<String> articleId) {
        void write(DocumentElement document, Statement statement, Article article) {
            document.addValue(kind, statement.getKind().name());
            IndexFields.add(document, cue, statement.getCue());
            IndexFields.add(document, speakerMention, statement.getSpeakerMention());
            IndexFields.add(document, speaker, statement.getSpeaker().map(Actor::getCanonicalName));
            IndexFields.add(document, speakerType, statement.getSpeaker().map(a -> a.getType().name()));
            IndexFields.add(document, statementDate, statement.getStatementDate().map(LocalDate::toString));
            document.addValue(dateInferred, Boolean.toString(statement.isStatementDateInferred()));
            document.addValue(status, statement.getStatus().name());
            document.addValue(articleId, Long.toString(article.getId()));
        }
    }

    private record Bridge(
            IndexFields.FullText content,
            IndexFieldReference<String> kind,
            Named cue,
            Named speaker,
            Named actor,
            Named topic,
            Named source,
            IndexFieldReference<String> language,
            IndexFieldReference<String> month,
            IndexFieldReference<String> status,
            IndexFieldReference<String> withdrawn,
            IndexFieldReference<String> storyCopy,
            IndexFieldReference<LocalDate> publishedDate,
            IndexFieldReference<LocalDate> statementDate,
            IndexFieldReference<Long> id,
            IndexFieldReference<Long> articleId,
            Shown shown,
            Card card,
            IndexFieldReference<String> collection) implements TypeBridge<Statement> {

        @Override
        public void write(DocumentElement document, Statement statement, TypeBridgeWriteContext context) {
            Article article = statement.getArticle();
            content.write(document, statement.getContent());
            document.addValue(kind, statement.getKind().name());
            document.addValue(status, statement.getStatus().name());
            if (article.isWithdrawn()) {
                document.addValue(withdrawn, StatementStatusField.WITHDRAWN_VALUE);
            }
            if (!article.isStoryOrigin()) {
                document.addValue(storyCopy, StatementStatusField.WITHDRAWN_VALUE);
            }
            document.addValue(id, statement.getId());
            document.addValue(articleId, article.getId());
            shown.write(document, statement, article);
            card.write(document, statement, article);
            statement.getCue().ifPresent(c -> cue.add(document, c));
            statement.getSpeaker().ifPresent(s -> speaker.add(document, s.getCanonicalName()));
            statement.getSpeakerMention().ifPresent(m -> document.addValue(speaker.words(), m));
            Set<String> actors = new LinkedHashSet<>();
            statement.getSpeaker().ifPresent(s -> actors.add(s.getCanonicalName()));
            statement.getMentionedActors().stream().map(Actor::getCanonicalName).forEach(actors::add);
            actors.forEach(a -> actor.add(document, a));
            statement.getTopics().stream().map(Topic::getLabel).forEach(t -> topic.add(document, t));
            article.getSource().map(Source::getName).ifPresent(s -> source.add(document, s));
            IndexFields.add(document, language, article.getLanguage());
            IndexFields.add(document, month, IndexFields.month(article.getPublishedAt()));
            IndexFields.utcDate(article.getPublishedAt()).ifPresent(d -> document.addValue(publishedDate, d));
            statement.getStatementDate().ifPresent(d -> document.addValue(statementDate, d));
            Set<org.dictum.domain.collection.Collection> collections = new LinkedHashSet<>(statement.getCollections());
            collections.addAll(article.getCollections());
            IndexFields.collectionSlugs(collections).forEach(slug -> document.addValue(collection, slug));
        }
    }
}
