package org.dictum.web.curation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.actor.ActorRepository.ActorFilter;
import org.dictum.search.application.ArticleCuration;
import org.dictum.search.application.ArticleDetail;
import org.dictum.search.application.ArticleMetadataPatch;
import org.dictum.search.application.NewStatement;
import org.dictum.search.application.ReextractionSummary;
import org.dictum.search.application.StatementCuration;
import org.dictum.search.application.StatementPatch;
import org.dictum.search.authority.ActorAuthority;
import org.dictum.search.authority.ActorEntry;
import org.dictum.search.authority.TopicEntry;
import org.dictum.search.authority.TopicTaxonomy;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.access.Messages;
import org.dictum.web.view.ArticleView;
import org.dictum.web.view.RowForm;

/**
 * The curation forms of the article page. Each change applies to the versions of the article and
 * its statements shown when the page was rendered, so that a librarian never overwrites a change
 * they have not seen; afterwards the page is loaded again, with the outcome as a message.
 */
@Named("curation")
@ViewScoped
public class ArticleCurationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The archive names a statement's lists as the API does; the statement forms type their names into the pickers'
     * fields (see statement-fields.xhtml), where an unknown name is refused.
     */
    private static final Map<String, String> PICKER_INPUTS = Map.of("mentionedActors", "mentioned-input", "topics", "topics-input");

    /** The article page's own bean: the forms apply to the article it read for this request. */
    @Inject
    ArticleView page;

    @Inject
    ArticleCuration articles;

    @Inject
    StatementCuration statements;

    @Inject
    ActorAuthority authority;

    @Inject
    TopicTaxonomy taxonomy;

    @Inject
    CurrentUserView currentUser;

    private long articleId;
    private long articleVersion;
    private final Map<Long, Long> statementVersions = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private String articleReason;

    private Long correcting;
    private final CorrectionForm correction = new CorrectionForm(this::actorNames, this::topicLabels);
    private final CorrectionForm addition = new CorrectionForm(this::actorNames, this::topicLabels);
    private final MetadataForm metadata = new MetadataForm();

    /**
     * Remembers what the page shows: the versions the forms apply to. With {@code correct=<statement id>}
     * the correction form opens with that statement's values.
     */
    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            ArticleDetail article = page.article();
            articleId = article.id();
            articleVersion = article.version();
            article.statements().forEach(s -> statementVersions.put(s.id(), s.version()));
            addition.getTopics().replaceWith(article.topics());
            metadata.fill(article);
            String correct = parameters.get("correct");
            if (correct != null) {
                article.statements().stream().filter(s -> String.valueOf(s.id()).equals(correct.strip())).findFirst()
                        .ifPresent(s -> {
                            correcting = s.id();
                            correction.fill(s);
                        });
            }
        } catch (NumberFormatException | UnknownEntityException e) {
            articleId = -1;
        }
    }

    /** Verifies the statement whose form was submitted ({@code row}: the statement now in its row, see {@link #shown}). */
    public String verify(long row) {
        long statementId = shown(row);
        return act(RowForm.acting(), () -> {
            statements.verify(statementId, versionOf(statementId), reasons.get(statementId));
            return "Statement verified.";
        });
    }

    /** Rejects the statement whose form was submitted; without a reason it is refused next to that form's reason field. */
    public String reject(long row) {
        long statementId = shown(row);
        return act(RowForm.acting(), () -> {
            statements.reject(statementId, versionOf(statementId), reasons.get(statementId));
            return "Statement rejected.";
        });
    }

    /**
     * The statement the submitted form was shown for ({@link ArticleView#shownStatement}), with the reason typed in
     * its form, which the row filed under {@code row}, the statement now in that row: a statement added meanwhile
     * before it shifts the rows, and Verify or Reject would have acted on its neighbour.
     */
    private long shown(long row) {
        long statementId = ArticleView.shownStatement();
        if (statementId != row && reasons.containsKey(row)) {
            reasons.put(statementId, reasons.remove(row));
        }
        return statementId;
    }

    public String saveCorrection() {
        long id = correcting;
        return act("correct", () -> {
            StatementPatch patch = StatementPatch.of(correction.toJson(reasons.get(id)));
            long shown = versionOf(id);
            // A correction that changes nothing is no change: no new version, nothing in the history, status as it was.
            return statements.correct(id, shown, patch).version() == shown
                    ? "Nothing to correct: the statement already reads as the form says." : "Statement corrected.";
        });
    }

    public String addStatement() {
        return act("add", () -> {
            if (addition.getStart() == null || addition.getEnd() == null) {
                throw new InvalidInputException("start", "Give the start and end of the statement's text");
            }
            statements.add(articleId, articleVersion, new NewStatement(null, articleReason, addition.getStart(),
                    addition.getEnd(), addition.getKind(), addition.getSpeaker(), addition.getSpeakerActor(),
                    addition.getCue(), addition.getStatementDate(), addition.getMentionedActors().names(),
                    addition.getTopics().names()));
            return "Statement added.";
        });
    }

    public String saveMetadata() {
        return act("metadata", () -> {
            ArticleMetadataPatch patch = ArticleMetadataPatch.of(metadata.toPatch(articleReason));
            articles.correctMetadata(articleId, articleVersion, patch);
            return "Article details saved.";
        });
    }

    public String withdraw() {
        return act(() -> {
            articles.withdraw(articleId, articleVersion, articleReason);
            return "Article withdrawn.";
        });
    }

    public String restore() {
        return act(() -> {
            articles.restore(articleId, articleVersion, articleReason);
            return "Article restored.";
        });
    }

    public String reextract() {
        return act(() -> {
            return reextracted(articles.reextract(articleId, articleVersion, articleReason));
        });
    }

    /** What re-extraction did, in words: "1 statement replaced by 2; 0 curated kept; 1 finding left out ...". */
    static String reextracted(ReextractionSummary summary) {
        return "Extraction ran again: " + Messages.count(summary.removed(), "statement") + " replaced by " + summary.added()
                + "; " + summary.kept() + " curated kept; " + Messages.count(summary.dropped(), "finding") + " left out because "
                + (summary.dropped() == 1 ? "a curated statement holds its text." : "curated statements hold their text.");
    }

    /**
     * Runs one curation step for a librarian and goes back to the article page with the outcome:
     * the change, or why it was refused (a stale version, a state that forbids it). Input the archive
     * refuses (a date out of range, a span outside the text, an unknown actor) keeps the page as it is,
     * with everything typed and the correction form open, for the librarian to mend; loading the page
     * again would have thrown it all away.
     */
    private String act(Supplier<String> step) {
        return act(null, step);
    }

    /** {@link #act(Supplier)} for a form (its client id) whose fields get the archive's refusal next to them. */
    private String act(String form, Supplier<String> step) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!currentUser.isLibrarian()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Only librarians may curate.", null));
        } else {
            try {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, step.get(), null));
            } catch (InvalidInputException e) {
                refuse(form, e);
                return null;
            } catch (DomainException e) {
                // A version that is no longer current (someone changed the record since the page was shown) lands here
                // too; a write that loses a race at commit is reported by the portal's ConcurrentChangeHandler.
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            }
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/article.xhtml?faces-redirect=true&id=" + articleId;
    }

    /** The refusal next to the field of {@code form} it names, when the form has that field; above the forms otherwise. */
    private static void refuse(String form, InvalidInputException refusal) {
        String field = form == null || refusal.field() == null ? null
                : form + UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance())
                        + PICKER_INPUTS.getOrDefault(refusal.field(), refusal.field());
        Messages.refuse(field, FieldWords.inWords(refusal));
    }

    /** Canonical names of live actors whose name or an alias contains {@code text}. */
    private List<String> actorNames(String text, int limit) {
        return authority.list(new ActorFilter(text, null, false), 0, limit).actors().stream().map(ActorEntry::canonicalName).toList();
    }

    /** Labels of topics whose label contains {@code text}, ignoring case. */
    private List<String> topicLabels(String text, int limit) {
        String folded = text.toLowerCase(Locale.ROOT);
        return taxonomy.tree().stream().map(TopicEntry::label).filter(label -> label.toLowerCase(Locale.ROOT).contains(folded))
                .limit(limit).toList();
    }

    private long versionOf(long statementId) {
        Long version = statementVersions.get(statementId);
        if (version == null) {
            throw new UnknownEntityException("Statement", statementId);
        }
        return version;
    }

    /**
     * Whether the correction form is open. Not {@code isCorrecting}: beside {@link #getCorrecting} it made EL read
     * {@code curation.correcting} as this boolean, so the form's heading said "Correct statement true" and its reason
     * was filed under {@code true}, where saving never looked: every correction was recorded without its reason.
     */
    public boolean isCorrectionOpen() {
        return correcting != null;
    }

    /** The id of the statement the correction form corrects; null when it is closed. */
    public Long getCorrecting() {
        return correcting;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getArticleReason() {
        return articleReason;
    }

    public void setArticleReason(String articleReason) {
        this.articleReason = articleReason;
    }

    public CorrectionForm getCorrection() {
        return correction;
    }

    public MetadataForm getMetadata() {
        return metadata;
    }

    public CorrectionForm getAddition() {
        return addition;
    }
}
