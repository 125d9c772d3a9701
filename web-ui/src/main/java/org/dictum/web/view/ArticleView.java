package org.dictum.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dictum.domain.UnknownEntityException;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.ArticleDetail;
import org.dictum.search.application.StatementDetail;

/** One article: metadata, and the main text with its statements marked. */
@Named
@RequestScoped
public class ArticleView {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMMM uuuu").withZone(ZoneOffset.UTC);
    /** The day where the article was published, the one its "said Saturday" was read against. */
    private static final DateTimeFormatter PUBLICATION_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu");

    @Inject
    ArchiveService archive;

    private ArticleDetail article;
    private List<StatementDetailRow> statements = List.of();
    private List<StoryCopyRow> copies;
    private List<TextSegment> segments;

    public void load() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String id = context.getRequestParameterMap().get("id");
        try {
            read(id);
        } catch (NumberFormatException | UnknownEntityException e) {
            context.responseSendError(404, "No article with id " + id);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * The article, read once per request; on a form post (where the page's view action does not
     * run, but the statements' forms need their rows) read from the {@code id} each form sends along.
     * The page's curation forms take their versions from the same read.
     */
    public ArticleDetail article() {
        if (article == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                read(id);
            } catch (NumberFormatException e) {
                throw new UnknownEntityException("Article", id); // answered 404 by UnknownRecordHandler
            }
        }
        return article;
    }

    /**
     * The statement a statement's form was shown for, which the form sends along as {@code statement}. A form in the
     * list of statements finds its row again by position when it comes back, in the statements as they are read now:
     * one added meanwhile before it (by another librarian) shifts the rows, and {@code rowStatement}, the statement
     * now in that row, is another one than the librarian read and clicked. A form that sends none is refused.
     */
    public static long shownStatement() {
        return RowForm.shownId("statement", "Statement");
    }

    private void read(String id) {
        article = archive.article(Long.parseLong(id == null ? "" : id.strip()));
        List<StatementDetailRow> rows = new ArrayList<>();
        for (StatementDetail statement : article.statements()) {
            rows.add(new StatementDetailRow(rows.size() + 1, statement));
        }
        statements = rows;
    }

    /**
     * The main text cut at statement boundaries; overlapping statements keep the earlier one marked.
     * Cut once per request: the page and {@link #getCitedPassage()} ask for it several times.
     */
    public List<TextSegment> getSegments() {
        if (segments == null) {
            segments = cut(article().mainText(), citedSpan());
        }
        return segments;
    }

    private List<TextSegment> cut(String text, int[] cited) {
        List<TextSegment> segments = new ArrayList<>();
        int position = 0;
        for (StatementDetailRow row : getStatements()) {
            StatementDetail s = article().statements().get(row.getNumber() - 1);
            if (s.start() < position || s.end() > text.length()) {
                continue;
            }
            if (s.start() > position) {
                segments.add(new TextSegment(text.substring(position, s.start()), null));
            }
            boolean isCited = cited != null && cited[0] == s.start() && cited[1] == s.end();
            segments.add(new TextSegment(text.substring(s.start(), s.end()), row, isCited));
            position = s.end();
        }
        if (position < text.length()) {
            segments.add(new TextSegment(text.substring(position), null));
        }
        return segments;
    }

    /**
     * The span a statement permalink names ({@code span=start-end}, characters of the main text), or
     * null; malformed or out-of-range spans are ignored.
     */
    private int[] citedSpan() {
        String span = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("span");
        if (span == null || !span.matches("\\d{1,9}-\\d{1,9}")) {
            return null;
        }
        int start = Integer.parseInt(span.substring(0, span.indexOf('-')));
        int end = Integer.parseInt(span.substring(span.indexOf('-') + 1));
        return start < end && end <= article().mainText().length() ? new int[] {start, end} : null;
    }

    /**
     * The cited words when no marked statement has exactly the cited span (a statement corrected or
     * rejected since it was cited): shown above the text so that the permalink still shows them.
     */
    public String getCitedPassage() {
        int[] cited = citedSpan();
        if (cited == null || getSegments().stream().anyMatch(TextSegment::isCited)) {
            return null;
        }
        return article().mainText().substring(cited[0], cited[1]);
    }

    public long getId() {
        return article().id();
    }

    /** "Statements (n)" counts those search counts (not rejected); the rejected ones listed are said beside them. */
    public String getStatementCount() {
        List<StatementDetailRow> listed = getStatements();
        return new StatementCount(listed.size(), (int) listed.stream().filter(StatementDetailRow::isRejected).count()).toString();
    }

    public String getTitle() {
        return article().title() == null ? "(untitled article)" : article().title();
    }

    public String getSource() {
        return article().source();
    }

    /** Every archived copy of this article's story (itself included), the origin first; one entry when it has no copies. */
    public List<StoryCopyRow> getCopies() {
        if (copies == null) {
            long id = article().id();
            copies = archive.copies(id).stream().map(copy -> new StoryCopyRow(copy, id)).toList();
        }
        return copies;
    }

    public String getUrl() {
        return article().url();
    }

    public String getPublished() {
        return article().publishedAt() == null ? null : PUBLICATION_DAY.format(article().publishedAt());
    }

    public String getLanguage() {
        return article().language();
    }

    public String getSha256() {
        return article().sha256();
    }

    public String getTopics() {
        return String.join(", ", article().topics());
    }

    public String getActors() {
        return String.join(", ", article().actors());
    }

    public boolean isWithdrawn() {
        return article().withdrawn();
    }

    /** "Withdrawn on 10 January 2022 by anna: <reason>" for the tombstone notice. */
    public String getWithdrawal() {
        if (!article().withdrawn()) {
            return "";
        }
        return "Withdrawn on " + PUBLISHED.format(article().withdrawnAt()) + " by " + article().withdrawnBy() + ": "
                + article().withdrawalReason();
    }

    public List<StatementDetailRow> getStatements() {
        article();
        return statements;
    }
}
