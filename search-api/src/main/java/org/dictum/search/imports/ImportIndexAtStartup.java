package org.dictum.search.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(ImportIndexAtStartup.class.getName());

    @Inject
    ImportIndexRepair repair;

    @PostConstruct
    void repairLostIndexWrites() {
        try {
            repair.repairAll();
        } catch (RuntimeException failed) {
            // Not a reason to refuse the deployment: the index check that follows sees the difference
            // and rebuilds the whole index in the background, and each import repairs again when it runs.
            LOG.log(Level.WARNING, failed, () -> "Could not index again what interrupted imports may have left out of the"
                    + " search index; the start-up index check decides whether to rebuild it");
        }
    }
}
