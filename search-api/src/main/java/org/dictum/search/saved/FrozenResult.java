package org.dictum.search.saved;

import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.StatementHit;

/**
 * One recorded result of a frozen search, as it is now.
 *
 * @param rank      1-based position in the recorded result list
 * @param status    {@code available}; {@code withdrawn} (the article, or the statement's article, was
 *                  withdrawn since), {@code rejected} (the statement was rejected since) or
 *                  {@code deleted} (the record is gone, e.g. replaced by re-extraction): such results
 *                  keep their rank and are shown for what they are, never left out
 * @param statement the statement, for a statement search, unless deleted
 * @param article   the article, for an article search, unless deleted
 */
public record FrozenResult(int rank, long id, String status, StatementHit statement, ArticleHit article) {

    public static final String AVAILABLE = "available";
    public static final String WITHDRAWN = "withdrawn";
    public static final String REJECTED = "rejected";
    public static final String DELETED = "deleted";
}
