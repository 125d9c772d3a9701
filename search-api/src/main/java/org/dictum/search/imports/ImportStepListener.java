package org.dictum.search.imports;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dictum.search.imports.source.ImportSourceException;

/** Notes why the import's step failed (for {@link ImportRunListener}): the source's own message where there is one. */
@Named("importStepListener")
@Dependent
public class ImportStepListener extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            job.setTransientUserData(messageOf(failure));
        }
    }

    static String messageOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportSourceException source) {
                return source.getMessage();
            }
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
