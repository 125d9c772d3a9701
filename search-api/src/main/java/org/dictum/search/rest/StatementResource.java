package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.StatementDetail;

/** Single statements with their provenance. */
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    ArchiveService archive;

    @GET
    @Path("/{id}")
    public StatementDetail statement(@PathParam("id") long id) {
        return archive.statement(id);
    }
}
