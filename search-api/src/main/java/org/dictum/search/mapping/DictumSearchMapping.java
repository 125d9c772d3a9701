package org.dictum.search.mapping;

import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The index mapping, kept out of the domain entities. Associations to actors, topics and sources
 * are shallow: assigning another actor reindexes, renaming an actor is curation's job to reindex.
 */
public class DictumSearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String STATEMENT_INDEX = "statement";
    public static final String ARTICLE_INDEX = "article";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep statement = mapping.type(Statement.class);
        statement.indexed().index(STATEMENT_INDEX);
        statement.binder(new StatementBinder());
        shallow(statement, "speaker", "mentionedActors", "topics");

        TypeMappingStep article = mapping.type(Article.class);
        article.indexed().index(ARTICLE_INDEX);
        article.binder(new ArticleBinder());
        shallow(article, "source", "actors", "topics");
    }

    private static void shallow(TypeMappingStep type, String... associations) {
        for (String association : associations) {
            type.property(association).indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        }
    }
}
