package org.dictum.domain.statement;

import java.util.Optional;

/** Read access to statements; they are written through their article. */
public interface StatementRepository {

    Optional<Statement> findById(long id);

    long count();
}
