package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.dictum.persistence.migration.ValidatedH2;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * WildFly bootstraps Hibernate with JPA compliance, which among other things loads a lazy entity
 * when its id is read. A page of search hits reads the id of each statement's article, and must not
 * load the articles (their whole main text) for it: persistence.xml turns that one part off.
 * Checked with the setting WildFly adds and the compliance settings persistence.xml declares.
 */
class ProxyIdentifierTest {

    private static final String COMPLIANCE = "hibernate.jpa.compliance";

    @Test
    void reading_the_id_of_a_lazy_article_leaves_it_unloaded() throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of(COMPLIANCE, "true"));
        settings.putAll(complianceSettingsOfPersistenceXml());
        assertThat(settings).containsEntry(COMPLIANCE + ".proxy", "false");

        try (SessionFactory sessions = ValidatedH2.sessions("jdbc:h2:mem:proxy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", settings)) {
            long statementId;
            long articleId;
            try (EntityManager em = sessions.createEntityManager()) {
                em.getTransaction().begin();
                String text = "Talks will resume in January, the envoy said.";
                Article article = new Article(text, ContentType.TEXT_PLAIN, text, Instant.parse("2022-01-10T08:00:00Z"));
                Statement statement = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 30));
                em.persist(article);
                em.getTransaction().commit();
                statementId = statement.getId();
                articleId = article.getId();
            }
            try (EntityManager em = sessions.createEntityManager()) {
                Article lazy = em.find(Statement.class, statementId).getArticle();

                assertThat(lazy.getId()).isEqualTo(articleId);
                assertThat(Hibernate.isInitialized(lazy)).as("the article loaded to tell its id").isFalse();
            }
        }
    }

    /** The {@code hibernate.jpa.compliance*} properties that the persistence unit declares. */
    private static Map<String, String> complianceSettingsOfPersistenceXml() throws Exception {
        Map<String, String> settings = new HashMap<>();
        try (InputStream xml = ProxyIdentifierTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if (property.getAttribute("name").startsWith(COMPLIANCE)) {
                    settings.put(property.getAttribute("name"), property.getAttribute("value"));
                }
            }
        }
        return settings;
    }
}
