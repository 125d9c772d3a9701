package org.dictum.search.reindex;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.dictum.search.application.SearchIndexMaintenance;

/**
 * One reindex run: its request, its progress and its state. It starts running and ends exactly
 * once, succeeded, failed or cancelled; every other transition is refused. Progress is written by
 * the run's thread and read by anyone.
 */
public final class ReindexRun {

    static final String PHASE_STORIES = "stories";
    static final String PHASE_DONE = "done";

    private final long id;
    private final ReindexRequest request;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Instant startedAt;
    private final Map<ReindexTarget, TargetProgress> targets = new EnumMap<>(ReindexTarget.class);
    private final StoryProgress stories = new StoryProgress();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    private volatile String phase;
    private volatile long phaseStartedNanos;
    private volatile long indexingStartedNanos = -1;
    private volatile long endedNanos = -1;
    private ReindexState state = ReindexState.RUNNING;
    private Instant endedAt;
    private String failure;
    private SearchIndexMaintenance.Counts counts;
    private HeapFigures heap;

    ReindexRun(long id, ReindexRequest request, Clock clock, LongSupplier nanoTime) {
        this.id = id;
        this.request = Objects.requireNonNull(request, "request");
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.startedAt = clock.instant();
        request.orderedTargets().forEach(target -> targets.put(target, new TargetProgress(target)));
        this.phase = request.regroupStories() ? PHASE_STORIES : request.orderedTargets().get(0).apiName();
        this.phaseStartedNanos = nanoTime.getAsLong();
    }

    long id() {
        return id;
    }

    ReindexRequest request() {
        return request;
    }

    TargetProgress progressOf(ReindexTarget target) {
        return targets.get(target);
    }

    StoryProgress stories() {
        return stories;
    }

    void storiesBegin() {
        enterPhase(PHASE_STORIES);
    }

    void targetBegins(ReindexTarget target) {
        if (indexingStartedNanos < 0) {
            indexingStartedNanos = nanoTime.getAsLong();
        }
        enterPhase(target.apiName());
    }

    private void enterPhase(String name) {
        phase = name;
        phaseStartedNanos = nanoTime.getAsLong();
    }

    /** Asks the run to stop after its current batch; false when it has ended already. */
    synchronized boolean requestCancel() {
        if (state != ReindexState.RUNNING) {
            return false;
        }
        cancelRequested.set(true);
        return true;
    }

    boolean cancelRequested() {
        return cancelRequested.get();
    }

    synchronized boolean isRunning() {
        return state == ReindexState.RUNNING;
    }

    synchronized ReindexState state() {
        return state;
    }

    void succeeded(SearchIndexMaintenance.Counts endCounts, HeapFigures endHeap) {
        end(ReindexState.SUCCEEDED, null, endCounts, endHeap);
    }

    void cancelled(SearchIndexMaintenance.Counts endCounts, HeapFigures endHeap) {
        end(ReindexState.CANCELLED, null, endCounts, endHeap);
    }

    void failed(String why, HeapFigures endHeap) {
        end(ReindexState.FAILED, Objects.requireNonNullElse(why, "unknown failure"), null, endHeap);
    }

    private synchronized void end(ReindexState end, String why, SearchIndexMaintenance.Counts endCounts, HeapFigures endHeap) {
        if (state != ReindexState.RUNNING) {
            throw new IllegalStateException("Reindex run " + id + " has ended already (" + state.apiName() + ")");
        }
        state = end;
        endedAt = clock.instant();
        endedNanos = nanoTime.getAsLong();
        failure = why;
        counts = endCounts;
        heap = endHeap;
        phase = PHASE_DONE;
    }

    /** A snapshot of where the run is. */
    public synchronized ReindexStatus status() {
        long now = endedNanos >= 0 ? endedNanos : nanoTime.getAsLong();
        List<ReindexStatus.TargetStatus> targetStatus = targets.values().stream().map(TargetProgress::status).toList();
        long total = targets.values().stream().mapToLong(TargetProgress::total).sum();
        long indexed = targets.values().stream().mapToLong(TargetProgress::indexed).sum();
        long indexingNanos = indexingStartedNanos < 0 ? 0 : now - indexingStartedNanos;
        boolean grouping = PHASE_STORIES.equals(phase);
        // 100 % only for a finished run: nothing counted yet (or a run cancelled before it counted) is 0 %, not done
        double percent = state == ReindexState.SUCCEEDED ? 100
                : grouping ? Throughput.percent(stories.grouped(), stories.total()) : Throughput.percent(indexed, total);
        return new ReindexStatus(id, state.apiName(), request.startedBy(), startedAt, endedAt, phase,
                request.orderedTargets().stream().map(ReindexTarget::apiName).toList(), request.regroupStories(),
                targetStatus, request.regroupStories() ? stories.status() : null, total, indexed, percent,
                Throughput.perSecond(indexed, indexingNanos), state == ReindexState.RUNNING ? eta(grouping, now) : null,
                cancelRequested.get(), failure, counts, heap);
    }

    /** Time to go in the current phase, at the rate of that phase so far. */
    private Long eta(boolean grouping, long now) {
        long elapsed = now - phaseStartedNanos;
        OptionalLong eta;
        if (grouping) {
            eta = Throughput.etaSeconds(stories.grouped(), stories.total(), elapsed);
        } else {
            TargetProgress current = targets.values().stream()
                    .filter(t -> t.status().type().equals(phase)).findFirst().orElse(null);
            eta = current == null ? OptionalLong.empty() : Throughput.etaSeconds(current.indexed(), current.total(), elapsed);
        }
        return eta.isPresent() ? eta.getAsLong() : null;
    }
}
