package org.dictum.persistence.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

/**
 * Fills in who made a revision and why. Envers creates this listener itself, so it looks the
 * request's {@link ChangeAttribution} up; outside a request (start-up tasks, tests without CDI)
 * the change is the system's.
 */
public class AuditRevisionListener implements RevisionListener {

    /**
     * The request's attribution, looked up once per listener: Envers keeps one listener per
     * persistence unit, and finding the container through {@link CDI#current()} for every revision
     * was a measurable part of an import, where each new actor commits a revision of its own.
     */
    private volatile Instance<ChangeAttribution> attribution;
    private volatile BeanManager beans;

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).attributeTo(currentAttribution());
    }

    private Attribution currentAttribution() {
        if (beans == null) {
            try {
                BeanManager found = CDI.current().getBeanManager();
                attribution = found.createInstance().select(ChangeAttribution.class);
                beans = found;
            } catch (IllegalStateException noContainer) {
                return Attribution.system();
            }
        }
        try {
            if (!beans.getContext(RequestScoped.class).isActive()) {
                return Attribution.system();
            }
        } catch (ContextNotActiveException noRequest) {
            return Attribution.system();
        }
        return attribution.get().attribution();
    }
}
