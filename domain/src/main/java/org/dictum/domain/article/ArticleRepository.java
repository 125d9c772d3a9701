package org.dictum.domain.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The archive's store of articles; statements are saved with their article. */
public interface ArticleRepository {

    Optional<Article> findById(long id);

    Optional<Article> findBySha256(String sha256);

    /** The article's id, title, source and publication time, without loading its texts. */
    Optional<ArticleHeading> headingOf(long id);

    /**
     * The articles among {@code ids} that are not withdrawn, in no particular order; unknown ids are passed over.
     * One query: a caller reading many ids passes them in chunks.
     */
    List<Article> notWithdrawnAmong(Collection<Long> ids);

    /** Which of {@code sha256s} (SHA-256 fixity values of originals) are archived. */
    Set<String> archivedSha256s(Collection<String> sha256s);

    /** The id of an article archived under this exact URL, if any (bulk imports skip such records). */
    Optional<Long> idOfArticleAt(String url);

    Article save(Article article);

    long count();

    /** Writes pending changes now, so that a conflicting concurrent change is detected here rather than at commit. */
    void flush();

    /**
     * Raises the article's version now although none of its own fields changed (a librarian added,
     * verified, corrected or rejected one of its statements, which its representation shows): another
     * change based on the same version then fails as stale, here or there.
     */
    void raiseVersion(Article article);
}
