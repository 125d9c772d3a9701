package org.dictum.web.conflict;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import org.dictum.domain.UnknownEntityException;

/**
 * A form that names a record the archive does not hold: a hidden id changed by hand, or a record
 * deleted while the form was open. The answer is 404 with the "Not found" page, logged as one line,
 * as for a page address naming no record; it was a 500 with a stack trace at ERROR.
 */
public class UnknownRecordHandler extends ExceptionHandlerWrapper {

    static final String PAGE = "/errors/404.html";
    private static final Logger LOG = Logger.getLogger(UnknownRecordHandler.class.getName());

    public UnknownRecordHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<UnknownEntityException> unknown = unknownRecord(events.next().getContext().getException());
            if (unknown.isPresent()) {
                events.remove();
                answerNotFound(FacesContext.getCurrentInstance(), unknown.get());
            }
        }
        getWrapped().handle();
    }

    private static void answerNotFound(FacesContext context, UnknownEntityException unknown) {
        LOG.info(() -> "A form of " + context.getViewRoot().getViewId() + " named a record the archive does not hold ("
                + unknown.getMessage() + "); answered 404 with " + PAGE);
        ErrorPages.send(context, 404, PAGE);
    }

    static Optional<UnknownEntityException> unknownRecord(Throwable exception) {
        return Causes.find(exception, UnknownEntityException.class);
    }
}
