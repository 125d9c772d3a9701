package org.dictum.web.conflict;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A form posted with a view state this session does not hold: the session ended while the form was
 * open, or the form came from another session or site. Nothing was applied. The answer is 400 with
 * the "Form expired" page, logged as one line: it is the visitor's situation, not a server failure,
 * and it showed as a 500 with a stack trace at ERROR in the server log and in the 5xx metrics.
 */
public class ExpiredFormHandler extends ExceptionHandlerWrapper {

    static final String PAGE = "/errors/expired.html";
    private static final Logger LOG = Logger.getLogger(ExpiredFormHandler.class.getName());

    public ExpiredFormHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<ViewExpiredException> expired = expiredView(events.next().getContext().getException());
            if (expired.isPresent()) {
                events.remove();
                answerExpired(FacesContext.getCurrentInstance(), expired.get().getViewId());
            }
        }
        getWrapped().handle();
    }

    private static void answerExpired(FacesContext context, String viewId) {
        LOG.info(() -> "A form of " + viewId + " came with a view state this session does not hold (session ended,"
                + " or posted from elsewhere); nothing applied, answered 400 with " + PAGE);
        ErrorPages.send(context, 400, PAGE);
    }

    static Optional<ViewExpiredException> expiredView(Throwable exception) {
        return Causes.find(exception, ViewExpiredException.class);
    }
}
