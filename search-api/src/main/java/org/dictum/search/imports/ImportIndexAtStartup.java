package org.dictum.search.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At start-up, before the search index is compared with the database ({@code IndexCheckAtStartup}):
 * the articles that imports archived right before the server died, and whose index write may have
 * been lost with it, are indexed again ({@link ImportIndexRepair}); a few chunks, not the whole archive.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportIndexAtStartup {

    @Inject
    ImportIndexRepair repair;

    @PostConstruct
    void repairLostIndexWrites() {
        repair.repairAll();
    }
}
