package org.dictum.search.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a crash: imports still queued or running in the database belong to a process that is gone.
 * They are marked interrupted and, with {@code dictum.import.resume-at-startup} (the default),
 * resumed a moment after deployment, each after its last committed record.
 */
@Startup
@Singleton
@DependsOn("IndexCheckAtStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportsAtStartup {

    private static final Logger LOG = Logger.getLogger(ImportsAtStartup.class.getName());
    private static final long RESUME_DELAY_MILLIS = 2_000;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportSettings settings;

    @Resource
    TimerService timers;

    @PostConstruct
    void interruptLeftovers() {
        List<Long> interrupted = ledger.interruptLeftovers();
        if (interrupted.isEmpty()) {
            return;
        }
        LOG.warning(() -> "Imports interrupted by the last shutdown: " + interrupted
                + (settings.resumeAtStartup() ? "; resuming them" : "; resume them with POST /api/imports/{id}/restart"));
        if (settings.resumeAtStartup()) {
            timers.createSingleActionTimer(RESUME_DELAY_MILLIS, new TimerConfig((Serializable) new ArrayList<>(interrupted), false));
        }
    }

    @Timeout
    void resume(Timer timer) {
        @SuppressWarnings("unchecked")
        List<Long> interrupted = (List<Long>) timer.getInfo();
        for (long id : interrupted) {
            try {
                jobs.restart(id);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, e, () -> "Import " + id + " could not be resumed");
            }
        }
    }
}
