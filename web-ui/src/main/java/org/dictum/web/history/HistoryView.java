package org.dictum.web.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.UnknownEntityException;
import org.dictum.search.collection.CollectionService;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;

/** The history of one record: {@code history.xhtml?record=article&id=5} (or statement, actor, topic). */
@Named
@RequestScoped
public class HistoryView {

    @Inject
    RecordHistory history;

    /** Collections may be private: their history goes through the access check. */
    @Inject
    CollectionService collections;

    private AuditedRecord record;
    private long id;
    private List<RevisionRow> revisions = List.of();

    public void load() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String recordParameter = context.getRequestParameterMap().get("record");
        String idParameter = context.getRequestParameterMap().get("id");
        Optional<AuditedRecord> kind = AuditedRecord.byLabel(recordParameter == null ? "" : recordParameter.strip());
        try {
            record = kind.orElseThrow(() -> new UnknownEntityException("Record kind", recordParameter));
            id = Long.parseLong(idParameter == null ? "" : idParameter.strip());
            revisions = (record == AuditedRecord.COLLECTION ? collections.latestHistory(id) : history.latest(record, id))
                    .revisions().stream().map(RevisionRow::new).toList();
        } catch (NumberFormatException | UnknownEntityException e) {
            context.responseSendError(404, "No such record");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getRecord() {
        return record.label();
    }

    public long getId() {
        return id;
    }

    public boolean isArticle() {
        return record == AuditedRecord.ARTICLE;
    }

    /** The record's own JSON in the API, e.g. {@code api/articles/5}; actors and topics have only their history there. */
    public String getApiPath() {
        if (record == AuditedRecord.COLLECTION) {
            return "api/collections"; // named by slug there, not by id
        }
        return "api/" + record.label() + "s/" + id + (record == AuditedRecord.ARTICLE || record == AuditedRecord.STATEMENT ? "" : "/history");
    }

    public List<RevisionRow> getRevisions() {
        return revisions;
    }
}
