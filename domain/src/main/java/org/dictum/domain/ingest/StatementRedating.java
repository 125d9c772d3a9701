package org.dictum.domain.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.dictum.domain.article.Article;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.TextSpan;

/**
 * Dates an article's statements again after its publication date was corrected. "Said Saturday" and
 * "yesterday" were resolved against the old date, and where the text names no date the old date stood
 * in: without this, a corrected article's statements stayed in the wrong month for every date filter
 * and histogram, and an article first archived without a date kept statements without one.
 * <ul>
 *   <li>A date the publication date stood in for (inferred) becomes the new publication day, whoever
 *       curated the statement: no one chose it.</li>
 *   <li>A statement no librarian touched takes the date the extractor now resolves for the same span
 *       against the new publication day.</li>
 *   <li>A date a librarian set or confirmed stays.</li>
 * </ul>
 * Runs inside the caller's transaction; the changes are audited with the correction.
 */
public class StatementRedating {

    private final ArticleExtractor extractor;

    public StatementRedating(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** How many statements got another date. */
    public int redate(Article article) {
        LocalDate day = article.getPublicationDay().orElse(null);
        Map<TextSpan, ExtractedStatement> resolved = resolvedAgainst(article, day);
        int changed = 0;
        for (Statement statement : article.getStatements()) {
            ExtractedStatement found = statement.isCurated() ? null : resolved.get(statement.getSpan());
            LocalDate date;
            boolean inferred;
            if (found != null) {
                date = found.statementDate();
                inferred = found.statementDateInferred();
            } else if (statement.isStatementDateInferred() || statement.getStatementDate().isEmpty()) {
                date = day;
                inferred = day != null;
            } else {
                continue;
            }
            if (!Objects.equals(date, statement.getStatementDate().orElse(null)) || inferred != statement.isStatementDateInferred()) {
                statement.datedOn(date, inferred);
                changed++;
            }
        }
        return changed;
    }

    /** The extractor's statements by span, dated against {@code day}; none when it now reads another main text. */
    private Map<TextSpan, ExtractedStatement> resolvedAgainst(Article article, LocalDate day) {
        ExtractionResult extraction = extractor.extract(new ExtractionRequest(article.getOriginalContent(),
                article.getContentType(), article.getTitle().orElse(null), day, article.getUrl().orElse(null)));
        Map<TextSpan, ExtractedStatement> bySpan = new HashMap<>();
        if (extraction.mainText().equals(article.getMainText())) {
            extraction.statements().forEach(found -> bySpan.putIfAbsent(found.span(), found));
        }
        return bySpan;
    }
}
