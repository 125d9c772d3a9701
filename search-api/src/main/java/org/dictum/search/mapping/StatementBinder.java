package org.dictum.search.mapping;

import java.time.LocalDate;
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

/**
 * Indexes a statement with its content and the facets it is found by. The speaker counts as an
 * actor too, so "actor" means "speaker or mentioned". Rejected statements are indexed with their
 * status so that searches can leave them out.
 */
class StatementBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("content").use("kind").use("cue").use("status").use("statementDate")
                .use("speaker").use("mentionedActors").use("topics")
                .use("article.publishedAt").use("article.language").use("article.source");
        KeywordFields fields = new KeywordFields(context.indexSchemaElement());
        context.bridge(Statement.class, new Bridge(
                fields.fullText(SearchFields.CONTENT),
                fields.facet(SearchFields.KIND, false),
                fields.facet(SearchFields.CUE, false),
                fields.facet(SearchFields.SPEAKER, false),
                fields.facet(SearchFields.ACTOR, true),
                fields.facet(SearchFields.TOPIC, true),
                fields.facet(SearchFields.SOURCE, false),
                fields.facet(SearchFields.LANGUAGE, false),
                fields.facet(SearchFields.MONTH, false),
                fields.facet(StatementStatusField.NAME, false),
                fields.date(SearchFields.PUBLISHED_DATE),
                fields.date(SearchFields.STATEMENT_DATE)));
    }

    private record Bridge(
            IndexFieldReference<String> content,
            IndexFieldReference<String> kind,
            IndexFieldReference<String> cue,
            IndexFieldReference<String> speaker,
            IndexFieldReference<String> actor,
            IndexFieldReference<String> topic,
            IndexFieldReference<String> source,
            IndexFieldReference<String> language,
            IndexFieldReference<String> month,
            IndexFieldReference<String> status,
            IndexFieldReference<LocalDate> publishedDate,
            IndexFieldReference<LocalDate> statementDate) implements TypeBridge<Statement> {

        @Override
        public void write(DocumentElement document, Statement statement, TypeBridgeWriteContext context) {
            Article article = statement.getArticle();
            document.addValue(content, statement.getContent());
            document.addValue(kind, statement.getKind().name());
            document.addValue(status, statement.getStatus().name());
            KeywordFields.add(document, cue, statement.getCue());
            KeywordFields.add(document, speaker, statement.getSpeaker().map(Actor::getCanonicalName));
            statement.getSpeaker().ifPresent(a -> document.addValue(actor, a.getCanonicalName()));
            statement.getMentionedActors().stream()
                    .filter(a -> statement.getSpeaker().map(s -> s != a).orElse(true))
                    .forEach(a -> document.addValue(actor, a.getCanonicalName()));
            statement.getTopics().stream().map(Topic::getLabel).forEach(t -> document.addValue(topic, t));
            KeywordFields.add(document, source, article.getSource().map(Source::getName));
            KeywordFields.add(document, language, article.getLanguage());
            KeywordFields.add(document, month, KeywordFields.month(article.getPublishedAt()));
            KeywordFields.utcDate(article.getPublishedAt()).ifPresent(d -> document.addValue(publishedDate, d));
            statement.getStatementDate().ifPresent(d -> document.addValue(statementDate, d));
        }
    }
}
