package org.dictum.search.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.persistence.oai.ArticleChanges;
import org.dictum.persistence.oai.ArticleSet;
import org.dictum.persistence.oai.ChangePosition;
import org.dictum.persistence.oai.ChangeWindow;
import org.dictum.persistence.oai.SetRestriction;

/**
 * Answers the six OAI-PMH verbs from the archive. Lists are keyset-paged by (datestamp, id) and end
 * at the instant of their first request, so a harvest under way sees neither duplicates nor gaps
 * while articles arrive; articles that change meanwhile come in the next incremental harvest.
 */
@ApplicationScoped
public class OaiProvider {

    public static final String OAI_DC = "oai_dc";

    @Inject
    ArticleChanges changes;

    @Inject
    ArticleRecords records;

    @Inject
    OaiSets sets;

    @Inject
    OaiSettings settings;

    @Transactional
    public RepositoryDescription identify() {
        return new RepositoryDescription(settings.repositoryName(), settings.adminEmail(),
                changes.earliest().orElse(Instant.EPOCH), settings.identifiers().sample());
    }

    /** Checks the identifier, if given: every record of this repository is available as oai_dc. */
    @Transactional
    public void checkMetadataFormatsOf(Optional<String> identifier) {
        identifier.ifPresent(this::article);
    }

    @Transactional
    public OaiRecord getRecord(String identifier, String metadataPrefix, String portalUrl) {
        requireFormat(metadataPrefix);
        return records.record(article(identifier), portalUrl);
    }

    /** ListRecords (with metadata) or ListIdentifiers (headers only, {@link OaiRecord#metadata()} null). */
    @Transactional
    public RecordPage list(OaiRequest request, boolean withMetadata, String portalUrl) {
        Instant now = Instant.now();
        ResumptionToken start = request.resumptionToken()
                .map(token -> ResumptionToken.decode(token, now))
                .orElseGet(() -> firstPage(request, now));
        ChangeWindow window = new ChangeWindow(start.from(), start.before(), members(start.set()));
        long listSize = start.completeListSize() >= 0 ? start.completeListSize() : changes.count(window);
        if (listSize == 0) {
            throw new OaiException(OaiError.NO_RECORDS_MATCH, "No record matches the arguments");
        }
        ChangePosition after = request.resumptionToken().isPresent() ? start.after() : null;
        List<Article> articles = changes.page(window, after, settings.pageSize() + 1);
        boolean more = articles.size() > settings.pageSize();
        List<Article> page = more ? articles.subList(0, settings.pageSize()) : articles;
        if (page.isEmpty()) {
            throw new OaiException(OaiError.NO_RECORDS_MATCH, "The remaining records of this list changed since it began; harvest again from its start");
        }
        List<OaiRecord> found = page.stream()
                .map(article -> withMetadata ? records.record(article, portalUrl) : new OaiRecord(records.header(article), null))
                .toList();
        boolean split = more || request.resumptionToken().isPresent();
        return new RecordPage(found, split ? Optional.of(state(start, page, listSize, more, now)) : Optional.empty());
    }

    @Transactional
    public SetPage listSets(OaiRequest request) {
        if (!sets.any()) {
            throw new OaiException(OaiError.NO_SET_HIERARCHY, "This repository has no sets");
        }
        Instant now = Instant.now();
        Optional<SetsToken> last = request.resumptionToken().map(token -> SetsToken.decode(token, now));
        List<ArticleSet> found = sets.after(last, settings.pageSize() + 1);
        boolean more = found.size() > settings.pageSize();
        List<ArticleSet> page = more ? found.subList(0, settings.pageSize()) : found;
        if (page.isEmpty()) {
            throw new OaiException(last.isPresent() ? OaiError.BAD_RESUMPTION_TOKEN : OaiError.NO_SET_HIERARCHY,
                    last.isPresent() ? "No set follows this resumptionToken" : "This repository has no sets yet");
        }
        long cursor = last.map(SetsToken::cursor).orElse(0L);
        if (!more && last.isEmpty()) {
            return new SetPage(page, Optional.empty());
        }
        Instant expires = now.plus(settings.tokenLifetime());
        String token = more ? new SetsToken(page.get(page.size() - 1).spec(), cursor + page.size(), expires).encode() : "";
        // Counted again for each page: sets added meanwhile count, and the list is never smaller than what was answered.
        long listSize = Math.max(sets.count(), cursor + page.size() + (more ? 1 : 0));
        return new SetPage(page, Optional.of(new ListState(token, listSize, cursor, more ? expires : null)));
    }

    private ResumptionToken firstPage(OaiRequest request, Instant now) {
        String prefix = request.metadataPrefix().orElseThrow();
        requireFormat(prefix);
        if (request.set().isPresent() && !sets.any()) {
            throw new OaiException(OaiError.NO_SET_HIERARCHY, "This repository has no sets");
        }
        Instant from = request.from().map(OaiDates.Bound::start).orElse(null);
        Instant before = request.until().map(OaiDates.Bound::end).filter(end -> end.isBefore(now)).orElse(now);
        return new ResumptionToken(prefix, request.set().orElse(null), from, before,
                new ChangePosition(Instant.EPOCH, 0), 0, -1, now);
    }

    private ListState state(ResumptionToken start, List<Article> page, long listSize, boolean more, Instant now) {
        if (!more) {
            return new ListState("", Math.max(listSize, start.cursor() + page.size()), start.cursor(), null);
        }
        Article last = page.get(page.size() - 1);
        Instant expires = now.plus(settings.tokenLifetime());
        ResumptionToken next = new ResumptionToken(start.metadataPrefix(), start.set(), start.from(), start.before(),
                new ChangePosition(last.getModifiedAt(), last.getId()), start.cursor() + page.size(), listSize, expires);
        return new ListState(next.encode(), listSize, start.cursor(), expires);
    }

    private SetRestriction members(String set) {
        return set == null ? null : sets.members(set);
    }

    private static void requireFormat(String metadataPrefix) {
        if (!OAI_DC.equals(metadataPrefix)) {
            throw new OaiException(OaiError.CANNOT_DISSEMINATE_FORMAT,
                    "This repository disseminates oai_dc only, not '" + metadataPrefix + "'");
        }
    }

    private Article article(String identifier) {
        return settings.identifiers().articleId(identifier).stream().boxed()
                .flatMap(id -> changes.find(id).stream())
                .findFirst()
                .orElseThrow(() -> new OaiException(OaiError.ID_DOES_NOT_EXIST, "No record has the identifier '" + identifier + "'"));
    }
}
