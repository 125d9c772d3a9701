package org.dictum.persistence.audit;

import java.util.Optional;
import org.dictum.domain.curation.Librarian;

/** The name of the authenticated caller of the current request, if any. */
public interface CurrentUser {

    Optional<String> name();

    /** The caller as the librarian making a curation decision; curation endpoints require a login. */
    default Librarian librarian() {
        return new Librarian(name().orElseThrow(() -> new IllegalStateException("Curation needs a logged-in user")));
    }
}
