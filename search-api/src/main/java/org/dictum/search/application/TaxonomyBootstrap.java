package org.dictum.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.dictum.domain.topic.TopicRepository;
import org.dictum.domain.topic.skos.StarterTaxonomy;
import org.dictum.domain.topic.skos.TaxonomyImport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a new archive the bundled starter taxonomy at start-up, so that articles submitted without
 * topics are tagged from the first one on. A taxonomy with any topic in it is left alone: from then
 * on it belongs to the librarians.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class TaxonomyBootstrap {

    private static final Logger LOG = Logger.getLogger(TaxonomyBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "dictum.topics.starter-taxonomy.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    TopicRepository topics;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void importIntoEmptyTaxonomy() {
        if (!enabled) {
            LOG.info("Starter taxonomy disabled (dictum.topics.starter-taxonomy.enabled=false)");
            return;
        }
        if (!topics.hasNoTopics()) {
            return;
        }
        TaxonomyImport.Summary summary = new TaxonomyImport(topics).apply(StarterTaxonomy.scheme());
        LOG.info(() -> "Empty taxonomy: imported " + summary.created() + " topic(s) from " + StarterTaxonomy.RESOURCE);
        summary.warnings().forEach(LOG::warning);
    }
}
