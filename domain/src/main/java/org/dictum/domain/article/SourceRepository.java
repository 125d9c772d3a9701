package org.dictum.domain.article;

import java.util.Optional;

/** The store of publishers. */
public interface SourceRepository {

    Optional<Source> findByName(String name);

    Source save(Source source);
}
