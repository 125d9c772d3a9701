package org.dictum.web.conflict;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Installs the portal's answers to forms that cannot be applied, {@link ExpiredFormHandler},
 * {@link UnknownRecordHandler}, {@link ConcurrentChangeHandler} and {@link NotMultipartHandler}, in front of the Faces implementation's exception handler.
 */
public class FormExceptionHandlerFactory extends ExceptionHandlerFactory {

    public FormExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredFormHandler(new UnknownRecordHandler(new ConcurrentChangeHandler(
                new NotMultipartHandler(getWrapped().getExceptionHandler()))));
    }
}
