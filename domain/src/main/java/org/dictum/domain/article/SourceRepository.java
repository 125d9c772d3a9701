package org.dictum.domain.article;

import java.util.List;
import java.util.Optional;

/** The store of publishers. */
public interface SourceRepository {

    Optional<Source> findByName(String name);

    /** The sources whose name is this one in any case ("reuters" for "Reuters"); names are unique only as written. */
    List<Source> findNamedIgnoringCase(String name);

    /** Stores a new source at once, on its own; a source of the same name stored concurrently is returned instead. */
    Source save(Source source);
}
