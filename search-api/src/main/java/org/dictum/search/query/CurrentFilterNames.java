package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.MetadataRules;
import org.dictum.domain.article.Source;
import org.dictum.domain.article.SourceRepository;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicRepository;
import org.dictum.search.query.syntax.FieldedTermWidening;

/**
 * Actor, speaker and topic filters by the names records have now. The index holds current canonical
 * names and labels, but a bookmarked, cited or live saved search names them as they were: after a
 * rename (the old name stays an alias, the old label an alternative label) or a merge (the merged
 * actor's name leads to the survivor), {@code speaker=Tom Baker} found nothing. A name that is
 * still some actor's canonical name, or some topic's label, stays as it is. Actor names written in another
 * case ({@code actor=russia}) find the one actor so called, as topic labels and source names
 * ({@code source=reuters}) do; language tags are read in
 * their one stored case ({@code language=EN}). The query text's name fields follow the same names:
 * {@code actor:"Tom Baker"} also searches the actor's current name ({@link FieldedTermWidening}).
 */
@ApplicationScoped
public class CurrentFilterNames {

    private static final Set<Facet> ACTOR_FACETS = Set.of(Facet.ACTOR, Facet.SPEAKER);
    /** The query fields that name actors and topics, and the facet whose names they hold. */
    private static final Map<String, Facet> NAME_FIELDS = Map.of(
            "actor", Facet.ACTOR, "speaker", Facet.SPEAKER, "topic", Facet.TOPIC);

    @Inject
    ActorRepository actors;

    @Inject
    TopicRepository topics;

    @Inject
    SourceRepository sources;

    /**
     * The request with every actor, speaker and topic filter value under its current name, and its query's
     * {@code actor:}, {@code speaker:} and {@code topic:} terms searching the current name too; the same
     * request when none changed.
     */
    public SearchRequest of(SearchRequest request, QueryFields queryFields) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        boolean changed = false;
        for (Map.Entry<Facet, List<String>> filter : request.filters().entrySet()) {
            List<String> values = filter.getValue().stream().map(value -> current(filter.getKey(), value)).toList();
            changed |= !values.equals(filter.getValue());
            filters.put(filter.getKey(), values);
        }
        SearchRequest named = changed ? request.withFilters(filters) : request;
        String query = query(request.query(), queryFields);
        return Objects.equals(query, request.query()) ? named : named.withQuery(query);
    }

    /**
     * The query text with each name field's old name or alias widened to the current name too; null stays null,
     * and a query the type's fields cannot parse stays as written, so its error names positions in the user's text.
     */
    public String query(String query, QueryFields queryFields) {
        return query == null ? null : FieldedTermWidening.widen(query, queryFields.fieldNames(), NAME_FIELDS.keySet(),
                (field, value) -> current(NAME_FIELDS.get(field), value));
    }

    /**
     * The value a filter value as written selects: an actor's or topic's current name (the facet value
     * the search lists as selected), other values as they are.
     */
    @Transactional
    public String current(Facet facet, String value) {
        if (ACTOR_FACETS.contains(facet)) {
            return actorName(value);
        }
        if (facet == Facet.TOPIC) {
            return topicLabel(value);
        }
        if (facet == Facet.SOURCE) {
            return sourceName(value);
        }
        return facet == Facet.LANGUAGE ? MetadataRules.canonicalLanguageTag(value) : value;
    }

    /** Exactly a name first; else, in another case, the one live actor so called (names are unique ignoring case). */
    private String actorName(String name) {
        return actors.findByCanonicalName(name).map(Actor::resolved)
                .or(() -> actors.findLiveByAlias(name))
                .or(() -> onlyOne(actors.findLiveNamedIgnoringCase(name)))
                .map(Actor::getCanonicalName).orElse(name);
    }

    private static <T> Optional<T> onlyOne(List<T> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Exactly a source's name first; else, in another case, the one source so called ({@code source=reuters}). */
    private String sourceName(String name) {
        if (sources.findByName(name).isPresent()) {
            return name;
        }
        return onlyOne(sources.findNamedIgnoringCase(name)).map(Source::getName).orElse(name);
    }

    private String topicLabel(String label) {
        if (topics.findByLabel(label).isPresent()) {
            return label;   // exactly a topic's label (another topic may carry it in other case as an alternative)
        }
        return topics.findByLabelOrAltLabel(label).map(Topic::getLabel).orElse(label);
    }
}
