package org.dictum.persistence.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

/**
 * Fills in who made a revision and why. Envers creates this listener itself, so it looks the
 * request's {@link ChangeAttribution} up; outside a request (start-up tasks, tests without CDI)
 * the change is the system's.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).attributeTo(currentAttribution());
    }

    private static Attribution currentAttribution() {
        BeanManager beans;
        try {
            beans = CDI.current().getBeanManager();
        } catch (IllegalStateException noContainer) {
            return Attribution.system();
        }
        try {
            if (!beans.getContext(RequestScoped.class).isActive()) {
                return Attribution.system();
            }
        } catch (ContextNotActiveException noRequest) {
            return Attribution.system();
        }
        return CDI.current().select(ChangeAttribution.class).get().attribution();
    }
}
