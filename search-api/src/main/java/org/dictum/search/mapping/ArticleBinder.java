package org.dictum.search.mapping;

import java.time.LocalDate;
import java.util.Objects;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/** Indexes an article's text and facets; its speakers are those of its statements. */
class ArticleBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title").use("mainText").use("language").use("publishedAt")
                .use("source").use("actors").use("topics").use("statements.speaker");
        KeywordFields fields = new KeywordFields(context.indexSchemaElement());
        context.bridge(Article.class, new Bridge(
                fields.fullText(SearchFields.TITLE),
                fields.fullText(SearchFields.MAIN_TEXT),
                fields.facet(SearchFields.ACTOR, true),
                fields.facet(SearchFields.SPEAKER, true),
                fields.facet(SearchFields.TOPIC, true),
                fields.facet(SearchFields.SOURCE, false),
                fields.facet(SearchFields.LANGUAGE, false),
                fields.facet(SearchFields.MONTH, false),
                fields.date(SearchFields.PUBLISHED_DATE)));
    }

    private record Bridge(
            IndexFieldReference<String> title,
            IndexFieldReference<String> mainText,
            IndexFieldReference<String> actor,
            IndexFieldReference<String> speaker,
            IndexFieldReference<String> topic,
            IndexFieldReference<String> source,
            IndexFieldReference<String> language,
            IndexFieldReference<String> month,
            IndexFieldReference<LocalDate> publishedDate) implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement document, Article article, TypeBridgeWriteContext context) {
            KeywordFields.add(document, title, article.getTitle());
            document.addValue(mainText, article.getMainText());
            article.getActors().stream().map(Actor::getCanonicalName).forEach(a -> document.addValue(actor, a));
            article.getStatements().stream()
                    .map(Statement::getSpeaker)
                    .flatMap(java.util.Optional::stream)
                    .map(Actor::getCanonicalName)
                    .filter(Objects::nonNull)
                    .distinct()
                    .forEach(s -> document.addValue(speaker, s));
            article.getTopics().stream().map(Topic::getLabel).forEach(t -> document.addValue(topic, t));
            KeywordFields.add(document, source, article.getSource().map(Source::getName));
            KeywordFields.add(document, language, article.getLanguage());
            KeywordFields.add(document, month, KeywordFields.month(article.getPublishedAt()));
            KeywordFields.utcDate(article.getPublishedAt()).ifPresent(d -> document.addValue(publishedDate, d));
        }
    }
}
