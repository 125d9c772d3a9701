package org.dictum.web.conflict;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Ends a Faces request that a form exception handler answers with a status and one of the portal's error pages. */
final class ErrorPages {

    private ErrorPages() {
    }

    /** Sends {@code page} with {@code status} unless the response is already committed, and completes the response. */
    static void send(FacesContext context, int status, String page) {
        ExternalContext external = context.getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseStatus(status);
            try {
                external.dispatch(page);
            } catch (IOException e) {
                throw new FacesException("Could not send " + page, e);
            }
        }
        context.responseComplete();
    }
}
