package org.dictum.web.imports;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dictum.search.imports.ImportSummary;

/** An import as the Imports page shows it (Facelets EL cannot call record accessors). */
public class ImportRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final ImportSummary summary;

    ImportRow(ImportSummary summary) {
        this.summary = summary;
    }

    public long getId() {
        return summary.id();
    }

    public String getStatus() {
        return summary.status();
    }

    public String getFormat() {
        return summary.format();
    }

    public String getSource() {
        return summary.source();
    }

    public String getStartedBy() {
        return summary.startedBy();
    }

    public String getCreatedAt() {
        return WHEN.format(summary.createdAt());
    }

    public long getRead() {
        return summary.read();
    }

    public long getStored() {
        return summary.stored();
    }

    public long getSkipped() {
        return summary.skipped();
    }

    public long getFailed() {
        return summary.failed();
    }

    public String getTotal() {
        return summary.total() == null ? "?" : Long.toString(summary.total());
    }

    /** Percent read, 0–100, for the progress bar. */
    public int getPercent() {
        return summary.fraction() == null ? 0 : (int) Math.floor(summary.fraction() * 100);
    }

    public String getRate() {
        return summary.docsPerSecond() == null ? "" : summary.docsPerSecond() + " docs/s";
    }

    public String getEta() {
        Long eta = summary.etaSeconds();
        if (eta == null || !summary.active()) {
            return "";
        }
        return eta >= 3600 ? String.format("%d h %02d min", eta / 3600, eta % 3600 / 60)
                : eta >= 60 ? String.format("%d min %02d s", eta / 60, eta % 60) : eta + " s";
    }

    public String getError() {
        return summary.error();
    }

    public boolean isActive() {
        return summary.active();
    }

    public boolean isRestartable() {
        return summary.restartable();
    }
}
