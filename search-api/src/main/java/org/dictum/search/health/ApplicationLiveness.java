package org.dictum.search.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application is deployed and its heap is not exhausted: DOWN when, after the last
 * garbage collection, less than {@value #MIN_FREE_PERCENT}% of the collected heap pools was free
 * (the JVM then spends its time collecting, and a restart helps).
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    static final String NAME = "dictum-live";
    static final int MIN_FREE_PERCENT = 2;

    @Override
    public HealthCheckResponse call() {
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null && afterCollection.getMax() > 0) {
                used += afterCollection.getUsed();
                max += afterCollection.getMax();
            }
        }
        boolean live = max == 0 || (max - used) * 100 / max >= MIN_FREE_PERCENT;
        return HealthCheckResponse.named(NAME).status(live)
                .withData("heapUsedAfterCollectionBytes", used).withData("heapMaxBytes", max).build();
    }
}
