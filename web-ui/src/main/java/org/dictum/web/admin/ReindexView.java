package org.dictum.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dictum.domain.DomainException;
import org.dictum.search.application.SearchIndexMaintenance;
import org.dictum.search.reindex.ReindexJobs;
import org.dictum.search.reindex.ReindexRequest;
import org.dictum.search.reindex.ReindexStatus;
import org.dictum.search.reindex.ReindexTarget;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.access.Messages;

/** The search index page: start a reindex, watch its progress (the page refreshes it), cancel it. */
@Named
@ViewScoped
public class ReindexView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Inject
    ReindexJobs jobs;

    @Inject
    CurrentUserView currentUser;

    private boolean articles = true;
    private boolean statements = true;
    private boolean regroupStories;
    private transient ReindexStatus status;

    /** Reads the run's status once per rendering (the page's refreshes come here too). */
    public void load() {
        status = jobs.status();
    }

    private ReindexStatus status() {
        if (status == null) {
            load();
        }
        return status;
    }

    /**
     * Starts a run and goes back to the page by a redirect (Post/Redirect/Get) with the outcome as a message: the page
     * left as the answer to this POST was what the browser's reload, and the page's own reload once the run ends,
     * posted again, starting another run.
     */
    public String start() {
        Set<ReindexTarget> targets = EnumSet.noneOf(ReindexTarget.class);
        if (articles) {
            targets.add(ReindexTarget.ARTICLES);
        }
        if (statements) {
            targets.add(ReindexTarget.STATEMENTS);
        }
        if (targets.isEmpty() && !regroupStories) {
            Messages.error("Choose what to reindex, or the story grouping.");
            return null;
        }
        try {
            jobs.start(new ReindexRequest(targets, regroupStories, false, currentUser.getName()));
            Messages.info("Reindex started. Searches keep answering while it runs.");
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        return Messages.redirectTo("/admin/index.xhtml");
    }

    /** Asks the run to stop; back to the page by a redirect, like {@link #start()}. */
    public String cancel() {
        status = jobs.cancel();
        Messages.info(status.cancelRequested() ? "Cancelling: the run stops after its current batch." : "No reindex is running.");
        return Messages.redirectTo("/admin/index.xhtml");
    }

    public boolean isRunning() {
        return status().running();
    }

    public boolean isEverRun() {
        return status().id() > 0;
    }

    public long getRunId() {
        return status().id();
    }

    public String getState() {
        return status().state();
    }

    public String getPhase() {
        return status().phase();
    }

    public String getStartedBy() {
        return status().startedBy();
    }

    public String getStartedAt() {
        return format(status().startedAt());
    }

    public String getEndedAt() {
        return format(status().endedAt());
    }

    public double getPercent() {
        return status().percent();
    }

    public String getPercentText() {
        return String.format(Locale.ROOT, "%.1f %%", status().percent());
    }

    public String getDocuments() {
        return String.format(Locale.ROOT, "%,d of %,d", status().documentsIndexed(), status().documentsTotal());
    }

    public String getRate() {
        return String.format(Locale.ROOT, "%,.0f documents/s", status().documentsPerSecond());
    }

    public String getEta() {
        Long eta = status().etaSeconds();
        if (eta == null) {
            return "—";
        }
        return eta >= 3600 ? String.format(Locale.ROOT, "%d h %02d min", eta / 3600, eta % 3600 / 60)
                : String.format(Locale.ROOT, "%d min %02d s", eta / 60, eta % 60);
    }

    /** What the page's live region says of the run: see {@link #announcement(ReindexStatus)}. */
    public String getAnnouncement() {
        return announcement(status());
    }

    /**
     * The run's progress in one sentence for screen readers, which hear nothing of the refreshed figures otherwise. It
     * changes only every 10 % (and with the phase), so that a polite live region is not read out every two seconds;
     * empty when no run has been started.
     */
    static String announcement(ReindexStatus status) {
        if (status.id() == 0) {
            return "";
        }
        String run = "Reindex run " + status.id();
        if (status.running()) {
            long tenths = (long) Math.floor(status.percent() / 10) * 10;
            return String.format(Locale.ROOT, "%s is running: %s, %d %% done%s.", run, status.phase(), tenths,
                    status.cancelRequested() ? ", cancelling" : "");
        }
        if (status.failure() != null && !status.failure().isBlank()) {
            return run + " " + status.state() + ": " + status.failure();
        }
        return String.format(Locale.ROOT, "%s %s: %,d of %,d documents rewritten.", run, status.state(),
                status.documentsIndexed(), status.documentsTotal());
    }

    public boolean isCancelRequested() {
        return status().cancelRequested();
    }

    public String getFailure() {
        return status().failure();
    }

    public List<TargetRow> getTargets() {
        return status().targets().stream().map(TargetRow::new).toList();
    }

    public String getStories() {
        ReindexStatus.StoryStatus stories = status().stories();
        if (stories == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%,d of %,d articles grouped; %,d are copies in a story, %,d changed story",
                stories.grouped(), stories.total(), stories.inStories(), stories.changed());
    }

    public String getCounts() {
        SearchIndexMaintenance.Counts counts = status().counts();
        if (counts == null) {
            return null;
        }
        return String.format(Locale.ROOT, "articles %,d in the database, %,d in the index; statements %,d in the database, %,d in the index",
                counts.articlesInDatabase(), counts.articlesIndexed(), counts.statementsInDatabase(), counts.statementsIndexed());
    }

    public String getHeap() {
        if (status().heap() == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%,d MiB in use, %,d MiB live after the last collection, %,d MiB at most",
                status().heap().usedBytes() >> 20, status().heap().afterLastGcBytes() >> 20, status().heap().maxBytes() >> 20);
    }

    private static String format(TemporalAccessor instant) {
        return instant == null ? null : TIME.format(instant);
    }

    public boolean isArticles() {
        return articles;
    }

    public void setArticles(boolean articles) {
        this.articles = articles;
    }

    public boolean isStatements() {
        return statements;
    }

    public void setStatements(boolean statements) {
        this.statements = statements;
    }

    public boolean isRegroupStories() {
        return regroupStories;
    }

    public void setRegroupStories(boolean regroupStories) {
        this.regroupStories = regroupStories;
    }

    /** One record type's progress for the table (Faces EL reads getters, not record accessors). */
    public static final class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReindexStatus.TargetStatus target;

        TargetRow(ReindexStatus.TargetStatus target) {
            this.target = target;
        }

        public String getType() {
            return target.type();
        }

        public String getIndexed() {
            return String.format(Locale.ROOT, "%,d of %,d", target.indexed(), target.total());
        }

        public long getStaleRemoved() {
            return target.staleRemoved();
        }

        public boolean isCompleted() {
            return target.completed();
        }
    }
}
