package org.dictum.search.mapping;

import java.time.LocalDate;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.domain.topic.Topic;
import org.dictum.search.mapping.StatementBinder.Named;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes an article's text and facets; its speakers are those of its statements that are not
 * rejected. A withdrawn article is marked, so that searches leave it out, and so is a later copy of
 * a story, so that searches for distinct stories do. Its collections are not a tracked dependency:
 * the collection service reindexes members when membership changes. The associations it reads are
 * listed in {@link DocumentAssociations#ARTICLE}: keep the two in step.
 */
class ArticleBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title").use("mainText").use("language").use("publishedAt")
                .use("source").use("actors").use("topics").use("statements.speaker").use("statements.status")
                .use("withdrawnAt").use("storyId");
        IndexFields fields = new IndexFields(context.indexSchemaElement());
        context.bridge(Article.class, new Bridge(
                fields.fullText(SearchFields.TITLE),
                fields.fullText(SearchFields.MAIN_TEXT),
                new Named(fields.facet(SearchFields.ACTOR, true), fields.nameWords(SearchFields.words(SearchFields.ACTOR))),
                new Named(fields.facet(SearchFields.SPEAKER, true), fields.nameWords(SearchFields.words(SearchFields.SPEAKER))),
                new Named(fields.facet(SearchFields.TOPIC, true), fields.nameWords(SearchFields.words(SearchFields.TOPIC))),
                new Named(fields.facet(SearchFields.SOURCE, false), fields.nameWords(SearchFields.words(SearchFields.SOURCE))),
                fields.facet(SearchFields.LANGUAGE, false),
                fields.facet(SearchFields.MONTH, false),
                fields.date(SearchFields.PUBLISHED_DATE),
                fields.id(SearchFields.ID),
                fields.facet(StatementStatusField.WITHDRAWN, false),
                fields.facet(StatementStatusField.STORY_COPY, false),
                fields.facet(SearchFields.COLLECTION, true)));
    }

    private record Bridge(
            IndexFields.FullText title,
            IndexFields.FullText mainText,
            Named actor,
            Named speaker,
            Named topic,
            Named source,
            IndexFieldReference<String> language,
            IndexFieldReference<String> month,
            IndexFieldReference<LocalDate> publishedDate,
            IndexFieldReference<Long> id,
            IndexFieldReference<String> withdrawn,
            IndexFieldReference<String> storyCopy,
            IndexFieldReference<String> collection) implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement document, Article article, TypeBridgeWriteContext context) {
            article.getTitle().ifPresent(t -> title.write(document, t));
            mainText.write(document, article.getMainText());
            document.addValue(id, article.getId());
            article.getActors().stream().map(Actor::getCanonicalName).forEach(a -> actor.add(document, a));
            if (article.isWithdrawn()) {
                document.addValue(withdrawn, StatementStatusField.WITHDRAWN_VALUE);
            }
            if (!article.isStoryOrigin()) {
                document.addValue(storyCopy, StatementStatusField.WITHDRAWN_VALUE);
            }
            article.getStatements().stream()
                    .filter(s -> s.getStatus() != StatementStatus.REJECTED)
                    .map(Statement::getSpeaker)
                    .flatMap(Optional::stream)
                    .map(Actor::getCanonicalName)
                    .distinct()
                    .forEach(s -> speaker.add(document, s));
            article.getTopics().stream().map(Topic::getLabel).forEach(t -> topic.add(document, t));
            article.getSource().map(Source::getName).ifPresent(s -> source.add(document, s));
            IndexFields.add(document, language, article.getLanguage());
            IndexFields.add(document, month, IndexFields.month(article.getPublishedAt()));
            IndexFields.utcDate(article.getPublishedAt()).ifPresent(d -> document.addValue(publishedDate, d));
            IndexFields.collectionSlugs(article.getCollections()).forEach(slug -> document.addValue(collection, slug));
        }
    }
}
