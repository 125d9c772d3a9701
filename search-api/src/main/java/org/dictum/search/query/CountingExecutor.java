package org.dictum.search.query;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a search's one-pass counting runs: on a thread of the server's managed executor, beside
 * the request thread fetching the page of hits, so that a search takes about as long as the
 * longer of the two rather than both; or, with {@code dictum.search.count-in-parallel=false}, on
 * the request thread after the hits (for servers where every core is busy with requests anyway).
 */
@ApplicationScoped
public class CountingExecutor {

    @Resource
    ManagedExecutorService managed;

    @Inject
    @ConfigProperty(name = "dictum.search.count-in-parallel", defaultValue = "true")
    boolean parallel;

    Executor executor() {
        return parallel ? managed : Runnable::run;
    }
}
