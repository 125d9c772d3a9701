package org.dictum.search.query;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a search's counting pass runs besides the request thread: on threads of the server's
 * managed executor, which search slices of a large index's segments at the same time as the
 * request thread (or, where the page of hits is fetched by a search of its own, count beside it),
 * so that a search takes about as long as its longest part rather than all of them; or, with
 * {@code dictum.search.count-in-parallel=false}, on the request thread alone (for servers where
 * every core is busy with requests anyway).
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

    /** How many slices of a large index one search passes over at once: one per core, or one. */
    int parallelism() {
        return parallel ? Runtime.getRuntime().availableProcessors() : 1;
    }
}
