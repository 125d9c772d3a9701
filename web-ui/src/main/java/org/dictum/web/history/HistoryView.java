package org.dictum.web.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.collection.CollectionService;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RevisionPage;
import org.dictum.search.query.Paging;

/**
 * The history of one record, a page at a time: {@code history.xhtml?record=article&id=5} (or statement, actor,
 * topic, collection), {@code page} (from 1, newest first) and {@code size} (revisions per page, default
 * {@value #DEFAULT_PAGE_SIZE}, at most the API's {@code dictum.history.max-page-size}).
 */
@Named
@RequestScoped
public class HistoryView {

    @Inject
    RecordHistory history;

    /** A statement's article, for the links back to it. */
    @Inject
    ArchiveService archive;

    /** Collections may be private: their history goes through the access check. */
    @Inject
    CollectionService collections;

    /** Revisions on one portal page unless {@code size} says otherwise. */
    static final int DEFAULT_PAGE_SIZE = 100;

    private AuditedRecord record;
    private long id;
    private int pageNumber = 1;
    private int size = DEFAULT_PAGE_SIZE;
    private RevisionPage page;
    private List<RevisionRow> revisions = List.of();
    /** A live collection's slug, by which its page and the API name it; null for other records and deleted collections. */
    private String collectionSlug;
    /**
     * What the page names the record by: an article's title, a statement's speaker and opening words, an actor's
     * name, a topic's label, a live collection's title; null when it has none, and the page names it by its id.
     */
    private String name;
    /** A live statement's place in its article ({@code article.xhtml?id=5&span=10-42}); null for other records. */
    private StatementPlace statementPlace;

    public void load() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> parameters = context.getRequestParameterMap();
        String recordParameter = parameters.get("record");
        String idParameter = parameters.get("id");
        Optional<AuditedRecord> kind = AuditedRecord.byLabel(recordParameter == null ? "" : recordParameter.strip());
        try {
            record = kind.orElseThrow(() -> new UnknownEntityException("Record kind", recordParameter));
            id = Long.parseLong(idParameter == null ? "" : idParameter.strip());
        } catch (NumberFormatException | UnknownEntityException e) {
            refuse(context, 404, "No such record");
            return;
        }
        try {
            pageNumber = positive("page", parameters.get("page"), 1);
            size = positive("size", parameters.get("size"), DEFAULT_PAGE_SIZE);
            long offset = (long) (pageNumber - 1) * size;
            if (offset > Integer.MAX_VALUE) {
                throw new InvalidInputException("page", "page " + pageNumber + " lies beyond any history");
            }
            page = record == AuditedRecord.COLLECTION ? collections.historyById(id, (int) offset, size)
                    : history.page(record, id, (int) offset, size);
            revisions = page.revisions().stream().map(RevisionRow::new).toList();
            if (record == AuditedRecord.COLLECTION) {
                collectionSlug = collections.slugOf(id).orElse(null);
                name = collectionSlug == null ? null : "\u201c" + collections.get(collectionSlug).title() + "\u201d";
            } else {
                name = history.nameOf(record, id).orElse(null);
            }
            if (record == AuditedRecord.STATEMENT) {
                statementPlace = StatementPlace.of(archive, id).orElse(null);
            }
        } catch (UnknownEntityException e) {
            refuse(context, 404, "No such record");
        } catch (InvalidInputException e) {
            refuse(context, 400, e.getMessage());
        }
    }

    /**
     * A whole number from 1, or the default when the parameter is absent; refused in the API's words ("page must be
     * 1 or more, was 0"), since the page shows the message as the API gives it.
     */
    static int positive(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return Paging.atLeast(name, Paging.number(name, value), 1);
    }

    private static void refuse(ExternalContext context, int status, String message) throws IOException {
        context.responseSendError(status, message);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getRecord() {
        return record.label();
    }

    public long getId() {
        return id;
    }

    /**
     * What the history is of, for the title, by what a librarian knows the record by: {@code article “Talks resume”},
     * {@code statement by Boris Johnson: “We will leave …”}, {@code actor Boris Johnson}, {@code collection “Brexit
     * quotes”}; by kind and id ({@code article 5}) only when it has nothing else, such as a deleted collection.
     */
    public String getSubject() {
        return record.label() + " " + (name == null ? String.valueOf(id) : name);
    }

    /** The record's kind and id ({@code Article 5}), shown beside its name: what the API and the audit log call it. */
    public String getRecordId() {
        return record.entityName() + " " + id;
    }

    /** The article the record is or belongs to ({@code article.xhtml?id=5}); null for other records and deleted statements. */
    public String getArticlePath() {
        if (record == AuditedRecord.ARTICLE) {
            return "article.xhtml?id=" + id;
        }
        return statementPlace == null ? null : statementPlace.articlePath();
    }

    /** A statement's article with the statement marked in it; null for other records and deleted statements. */
    public String getStatementPath() {
        return statementPlace == null ? null : statementPlace.path();
    }

    /**
     * The record's own JSON in the API, e.g. {@code api/articles/5}; actors and topics have only their history there,
     * and so has a collection, named by its slug (a deleted one by the slug it had, which only the API's caller knows).
     */
    public String getApiPath() {
        if (record == AuditedRecord.COLLECTION) {
            return collectionSlug == null ? "api/collections" : "api/collections/" + encoded(collectionSlug) + "/history";
        }
        return "api/" + record.label() + "s/" + id + (record == AuditedRecord.ARTICLE || record == AuditedRecord.STATEMENT ? "" : "/history");
    }

    /** The collection's page, for a collection that still exists; null otherwise. */
    public String getCollectionPath() {
        return collectionSlug == null ? null : "collection.xhtml?slug=" + encoded(collectionSlug);
    }

    private static String encoded(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    public List<RevisionRow> getRevisions() {
        return revisions;
    }

    /** How many revisions the record has in all. */
    public long getTotal() {
        return page == null ? 0 : page.total();
    }

    /** The position of this page's newest revision (1 is the record's newest). */
    public long getFirst() {
        return page == null ? 0 : page.offset() + 1L;
    }

    public long getLast() {
        return page == null ? 0 : page.offset() + (long) revisions.size();
    }

    /** Asked for a page after the last (an old link, a hand-edited address): the page says so and leads to the last. */
    public boolean isPastLastPage() {
        return page != null && revisions.isEmpty() && pageNumber > 1;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public long getLastPage() {
        return page == null ? 1 : Math.max(1, (page.total() + size - 1) / size);
    }

    /** Whether the history takes more than one page, so the page says which part it shows. */
    public boolean isPaged() {
        return pageNumber > 1 || page != null && page.hasMore();
    }

    public boolean isNewerPages() {
        return pageNumber > 1;
    }

    public boolean isOlderPages() {
        return page != null && page.hasMore();
    }

    public int getNewerPage() {
        return pageNumber - 1;
    }

    public int getOlderPage() {
        return pageNumber + 1;
    }

    public int getSize() {
        return size;
    }
}
