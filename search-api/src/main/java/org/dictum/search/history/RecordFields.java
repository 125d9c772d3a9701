package org.dictum.search.history;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

/**
 * The audited fields of each kind of record as text, in a fixed order: what the history shows
 * before and after a change. Related records appear by name; sets as sorted, "; "-separated lists.
 */
final class RecordFields {

    static final String LIST_SEPARATOR = "; ";

    private RecordFields() {
    }

    static Map<String, String> of(Article a) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "title", a.getTitle());
        put(fields, "url", a.getUrl());
        put(fields, "byline", a.getByline());
        put(fields, "source", a.getSource().map(Source::getName));
        put(fields, "publishedAt", a.getPublicationTime().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format));
        put(fields, "language", a.getLanguage());
        put(fields, "contentType", Optional.ofNullable(a.getContentType()).map(t -> t.mediaType()));
        put(fields, "topics", list(a.getTopics(), Topic::getLabel));
        put(fields, "actors", list(a.getActors(), Actor::getCanonicalName));
        put(fields, "withdrawnAt", a.getWithdrawnAt());
        put(fields, "withdrawnBy", a.getWithdrawnBy());
        put(fields, "withdrawalReason", a.getWithdrawalReason());
        return fields;
    }

    static Map<String, String> of(Statement s) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "article", Optional.ofNullable(s.getArticle()).map(Article::getId));
        put(fields, "kind", Optional.ofNullable(s.getKind()));
        put(fields, "speaker", s.getSpeakerMention());
        put(fields, "speakerActor", s.getSpeaker().map(Actor::getCanonicalName));
        put(fields, "cue", s.getCue());
        put(fields, "content", Optional.ofNullable(s.getContent()));
        put(fields, "span", Optional.ofNullable(s.getSpan()).map(span -> span.start() + "-" + span.end()));
        put(fields, "statementDate", s.getStatementDate());
        put(fields, "statementDateInferred", Optional.of(s.isStatementDateInferred()));
        put(fields, "confidence", Optional.of(s.getConfidence()));
        put(fields, "extractorVersion", s.getExtractorVersion());
        put(fields, "status", Optional.ofNullable(s.getStatus()));
        put(fields, "origin", Optional.ofNullable(s.getOrigin()));
        put(fields, "createdBy", s.getCreatedBy());
        put(fields, "curatedBy", s.getCuratedBy());
        put(fields, "rejectionReason", s.getRejectionReason());
        put(fields, "mentionedActors", list(s.getMentionedActors(), Actor::getCanonicalName));
        put(fields, "topics", list(s.getTopics(), Topic::getLabel));
        return fields;
    }

    static Map<String, String> of(Actor a) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "canonicalName", Optional.ofNullable(a.getCanonicalName()));
        put(fields, "type", Optional.ofNullable(a.getType()));
        put(fields, "aliases", list(a.getAliases(), Function.identity()));
        put(fields, "affiliation", a.getAffiliation().map(Actor::getCanonicalName));
        put(fields, "status", Optional.ofNullable(a.getStatus()));
        put(fields, "country", a.getCountry());
        put(fields, "identifiers", list(a.getIdentifiers(), ExternalIdentifier::toString));
        put(fields, "mergedInto", a.getMergedInto().map(Actor::getCanonicalName));
        return fields;
    }

    static Map<String, String> of(Topic t) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "label", Optional.ofNullable(t.getLabel()));
        put(fields, "code", Optional.ofNullable(t.getCode()).map(c -> c.value()));
        put(fields, "parent", t.getParent().map(Topic::getLabel));
        put(fields, "scopeNote", t.getScopeNote());
        put(fields, "altLabels", list(t.getAltLabels(), Function.identity()));
        put(fields, "matchTerms", list(t.getMatchTerms(), Function.identity()));
        return fields;
    }

    /** Members by id, ascending: the history shows which were added and removed. */
    static Map<String, String> of(org.dictum.domain.collection.Collection c) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "slug", Optional.ofNullable(c.getSlug()).map(s -> s.value()));
        put(fields, "title", Optional.ofNullable(c.getTitle()));
        put(fields, "description", c.getDescription());
        put(fields, "visibility", Optional.ofNullable(c.getVisibility()).map(v -> v.label()));
        put(fields, "owner", Optional.ofNullable(c.getOwner()));
        put(fields, "articles", ids(c.getArticles(), Article::getId));
        put(fields, "statements", ids(c.getStatements(), Statement::getId));
        return fields;
    }

    private static <T> Optional<String> ids(Collection<T> records, Function<T, Long> id) {
        if (records == null || records.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(records.stream().map(id).sorted().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR)));
    }

    private static void put(Map<String, String> fields, String name, Optional<?> value) {
        fields.put(name, value.map(String::valueOf).orElse(null));
    }

    private static <T> Optional<String> list(Collection<T> values, Function<T, String> name) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.stream().map(name).sorted().collect(Collectors.joining(LIST_SEPARATOR)));
    }
}
