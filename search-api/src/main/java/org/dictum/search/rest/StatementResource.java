package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.StatementDetail;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RecordRevision;

/** Single statements with their provenance. */
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    ArchiveService archive;

    @Inject
    RecordHistory history;

    @GET
    @Path("/{id}")
    public Response statement(@PathParam("id") long id) {
        StatementDetail statement = archive.statement(id);
        return Response.ok(statement).tag(RecordVersions.entityTag(statement.version())).build();
    }

    /** The revisions of the statement, newest first. */
    @GET
    @Path("/{id}/history")
    public List<RecordRevision> history(@PathParam("id") long id) {
        return history.of(AuditedRecord.STATEMENT, id);
    }
}
