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

/** The topic taxonomy. So far the history of each topic; curation endpoints come with the taxonomy work. */
@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    @Inject
    RecordHistory history;

    /** The revisions of the topic, newest first. */
    @GET
    @Path("/{id}/history")
    public List<RecordRevision> history(@PathParam("id") long id) {
        return history.of(AuditedRecord.TOPIC, id);
    }
}
