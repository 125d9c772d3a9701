package org.dictum.web.conflict;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A form with a file field (the Imports page's upload) posted without {@code multipart/form-data}: a
 * hand-made or broken client request. The file field cannot read the request's parts, and the answer
 * was a 500 ("Not a multi part request"). It is the client's mistake: the answer is 400 with the
 * "Form not understood" page, logged as one line, and nothing is applied.
 */
public class NotMultipartHandler extends ExceptionHandlerWrapper {

    static final String PAGE = "/errors/not-multipart.html";
    private static final Logger LOG = Logger.getLogger(NotMultipartHandler.class.getName());

    public NotMultipartHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (partsOfNonMultipartRequest(events.next().getContext().getException(),
                    context.getExternalContext().getRequestContentType())) {
                events.remove();
                answerBadRequest(context);
            }
        }
        getWrapped().handle();
    }

    private static void answerBadRequest(FacesContext context) {
        LOG.info(() -> "A form of " + context.getViewRoot().getViewId() + " with a file field came as "
                + context.getExternalContext().getRequestContentType() + " instead of multipart/form-data; answered 400 with " + PAGE);
        ErrorPages.send(context, 400, PAGE);
    }

    /**
     * Whether {@code exception} is the servlet container refusing to give the parts of a request that
     * is not multipart; a servlet failure on a multipart request is left to the next handler.
     */
    static boolean partsOfNonMultipartRequest(Throwable exception, String contentType) {
        return Causes.find(exception, ServletException.class).isPresent() && !isMultipart(contentType);
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
