package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RecordRevision;

/** The actor authority. So far the history of each actor; curation endpoints come with the authority work. */
@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    @Inject
    RecordHistory history;

    /** The revisions of the actor, newest first. */
    @GET
    @Path("/{id}/history")
    public List<RecordRevision> history(@PathParam("id") long id) {
        return history.of(AuditedRecord.ACTOR, id);
    }
}
