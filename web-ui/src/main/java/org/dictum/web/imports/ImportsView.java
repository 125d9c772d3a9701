package org.dictum.web.imports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.imports.FailedRecord;
import org.dictum.search.imports.ImportJobs;
import org.dictum.search.imports.ImportLedger;
import org.dictum.search.imports.ImportSummary;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.access.Messages;
import org.dictum.web.conflict.FieldMessages;
import org.dictum.web.view.RowForm;

/**
 * The Imports page: upload a source (format and CSV/JSON Lines mapping optional), the recent imports
 * with a progress bar that the page refreshes while any of them runs, stop and restart, and the
 * failed records of a selected import.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;
    private static final int FAILURES_LISTED = 100;
    /** The upload form's id, and its fields, named as the imports name what they refuse. */
    static final String FORM = "upload";
    private static final String PAGE = "/curation/imports.xhtml";
    static final Set<String> UPLOAD_FIELDS = Set.of("file", "format", "mapping");

    @Inject
    ImportJobs jobs;

    @Inject
    ImportLedger ledger;

    @Inject
    CurrentUserView currentUser;

    private transient Part file;
    private String format;
    private String mapping;
    private List<ImportRow> rows = List.of();
    private Long selected;
    private List<FailureRow> failures = List.of();
    private long failureTotal;

    @PostConstruct
    public void refresh() {
        rows = ledger.page(0, LISTED).imports().stream().map(ImportRow::new).toList();
        if (selected != null) {
            var page = ledger.failures(selected, 0, FAILURES_LISTED);
            failures = page.failures().stream().map(FailureRow::new).toList();
            failureTotal = page.total();
        }
    }

    /**
     * Starts an import of the uploaded file. No file, an empty one, a format the file name does not tell, a mapping that is none:
     * each is said next to its field, which keeps what was typed, as on the portal's other forms.
     */
    public String upload() {
        Optional<Part> chosen = chosenFile();
        if (chosen.isEmpty()) {
            FieldMessages.refuse(FORM + ":file", "Choose a file to import.");
            return null;
        }
        try (InputStream content = chosen.get().getInputStream()) {
            ImportSummary summary = jobs.upload(currentUser.getName(), chosen.get().getSubmittedFileName(), content, blankToNull(format),
                    blankToNull(mapping));
            Messages.info("Started import " + summary.id() + " (" + summary.source() + ").");
            return Messages.redirectTo(PAGE);
        } catch (InvalidInputException e) {
            if (UPLOAD_FIELDS.contains(e.field())) {
                FieldMessages.refuse(FORM + ":" + e.field(), e.getMessage());
            } else {
                Messages.error(e.getMessage());
            }
        } catch (DomainException | IllegalArgumentException | IOException | UncheckedIOException e) {
            Messages.error(e.getMessage());
        }
        refresh();
        return null;
    }

    /**
     * The file the form came with. Faces binds no part for a file that is chosen but empty, as for none chosen, and the
     * page asked to choose a file; the request's own part still has the file's name, and the import refuses it as empty.
     */
    private Optional<Part> chosenFile() {
        if (file != null) {
            return Optional.of(file);
        }
        try {
            Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
            Part part = request instanceof HttpServletRequest http ? http.getPart(FORM + ":file") : null;
            return Optional.ofNullable(part).filter(named -> named.getSubmittedFileName() != null
                    && !named.getSubmittedFileName().isBlank());
        } catch (IOException | ServletException notMultipart) {
            return Optional.empty();
        }
    }

    public String stop() {
        long id = shown();
        return run(() -> jobs.stop(id), "Stopping import");
    }

    public String restart() {
        long id = shown();
        return run(() -> jobs.restart(id), "Restarted import");
    }

    public void select() {
        selected = shown();
        refresh();
    }

    /**
     * The import whose row the librarian clicked, which its row form sends along. The import in that row of
     * {@link #rows} may be another: the page's periodic refresh reads the list again, and when a click comes before
     * that refresh's answer has redrawn the rows, an import started meanwhile (listed first) has shifted them, and
     * Stop stopped the import listed above the one clicked.
     */
    private static long shown() {
        return RowForm.shownId("import", "Import");
    }

    /** Runs a row's action and shows the page again by a redirect, which a reload does not post again. */
    private String run(Supplier<ImportSummary> action, String done) {
        try {
            ImportSummary summary = action.get();
            Messages.info(done + " " + summary.id() + " (" + summary.source() + ").");
        } catch (DomainException | IllegalArgumentException | UncheckedIOException e) {
            Messages.error(e.getMessage());
        }
        return Messages.redirectTo(PAGE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the page should keep refreshing itself. */
    public boolean isAnyActive() {
        return rows.stream().anyMatch(ImportRow::isActive);
    }

    public List<ImportRow> getRows() {
        return rows;
    }

    public Long getSelected() {
        return selected;
    }

    public List<FailureRow> getFailures() {
        return failures;
    }

    public long getFailureTotal() {
        return failureTotal;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping;
    }

    /** A failed record as the page shows it. */
    public static class FailureRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FailedRecord failure;

        FailureRow(FailedRecord failure) {
            this.failure = failure;
        }

        public long getRecord() {
            return failure.record();
        }

        public String getLocator() {
            return failure.locator();
        }

        public String getReason() {
            return failure.reason();
        }
    }
}
