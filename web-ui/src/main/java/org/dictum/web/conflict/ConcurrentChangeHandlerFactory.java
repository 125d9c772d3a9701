package org.dictum.web.conflict;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ConcurrentChangeHandler} in front of the Faces implementation's exception handler. */
public class ConcurrentChangeHandlerFactory extends ExceptionHandlerFactory {

    public ConcurrentChangeHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ConcurrentChangeHandler(getWrapped().getExceptionHandler());
    }
}
