package org.dictum.persistence.audit;

import java.util.Optional;

/** The name of the authenticated caller of the current request, if any. */
public interface CurrentUser {

    Optional<String> name();
}
