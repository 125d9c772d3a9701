package org.dictum.web.history;

import java.util.Optional;
import org.dictum.domain.UnknownEntityException;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.StatementDetail;

/** Where a statement stands: its article and its span there, as the article page's statement permalink names it. */
record StatementPlace(long articleId, int start, int end) {

    /** The place of live statement {@code id}; empty for one that is gone (replaced by extraction), whose history remains. */
    static Optional<StatementPlace> of(ArchiveService archive, long id) {
        try {
            StatementDetail statement = archive.statement(id);
            return Optional.of(new StatementPlace(statement.article().id(), statement.start(), statement.end()));
        } catch (UnknownEntityException e) {
            return Optional.empty();
        }
    }

    String articlePath() {
        return "article.xhtml?id=" + articleId;
    }

    /** The article with the statement marked and scrolled to, as the statement's "permalink" on the article page. */
    String path() {
        return articlePath() + "&span=" + start + "-" + end + "#cited";
    }
}
