package org.dictum.search.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.StatementDetail;

/** Citations of archived articles and of single statements. */
@ApplicationScoped
public class Citations {

    @Inject
    ArchiveService archive;

    public Citation ofArticle(long id, Permalinks links) {
        return Citation.of(archive.article(id), links);
    }

    public Citation ofStatement(long id, Permalinks links) {
        StatementDetail statement = archive.statement(id);
        return Citation.of(statement, archive.article(statement.article().id()), links);
    }
}
