package org.dictum.web.conflict;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;

/**
 * Two librarians saving the same record at the same moment: the forms check the version they showed,
 * but the later of two simultaneous writes only fails when the database checks the version again, at
 * flush or commit, with an {@link OptimisticLockException} somewhere in the cause chain. Whichever
 * form it was, the librarian gets the form again with a message saying what happened, not the error page.
 */
public class ConcurrentChangeHandler extends ExceptionHandlerWrapper {

    static final String MESSAGE = "Someone else changed this record at the same moment, so your change was not saved: "
            + "reload the page, look at their change and apply yours again.";

    public ConcurrentChangeHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            if (isConcurrentChange(event.getContext().getException())) {
                events.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, MESSAGE, null));
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    static boolean isConcurrentChange(Throwable exception) {
        return Causes.find(exception, OptimisticLockException.class).isPresent();
    }
}
