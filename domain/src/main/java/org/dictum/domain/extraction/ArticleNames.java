package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.actor.ActorType;

/**
 * The people and organisations one article names that the gazetteer does not know, as {@link ProperNameRecognizer}
 * found them: each with its mentions, full ("Antony Blinken", "Secretary of State Antony Blinken") and short
 * ("Blinken"). Immutable.
 */
final class ArticleNames {

    private final Map<String, ActorReference> peopleByName;
    private final List<ActorReference> actors;
    private final List<ActorMention> mentions;

    /**
     * @param peopleByName every name form (full name, surname) by which a person of the article can be referred to
     * @param actors       the recognised actors in order of first mention
     * @param mentions     their mentions in text order
     */
    ArticleNames(Map<String, ActorReference> peopleByName, List<ActorReference> actors, List<ActorMention> mentions) {
        this.peopleByName = Map.copyOf(peopleByName);
        this.actors = List.copyOf(actors);
        this.mentions = List.copyOf(mentions);
    }

    static ArticleNames none() {
        return new ArticleNames(Map.of(), List.of(), List.of());
    }

    /** The article's person called {@code name} in full or by surname ("Blinken" → Antony Blinken). */
    Optional<ActorReference> person(String name) {
        return Optional.ofNullable(peopleByName.get(name));
    }

    List<ActorReference> actors() {
        return actors;
    }

    List<ActorMention> mentions() {
        return mentions;
    }

    /** Collects recognised names; the recognizer builds one per article. */
    static final class Builder {

        private final Map<String, ActorReference> peopleByName = new LinkedHashMap<>();
        private final Map<String, ActorReference> actors = new LinkedHashMap<>();
        private final List<ActorMention> mentions = new ArrayList<>();

        void add(ActorReference actor, List<String> nameForms) {
            actors.putIfAbsent(actor.canonicalName(), actor);
            if (actor.type() == ActorType.PERSON) {
                nameForms.forEach(form -> peopleByName.putIfAbsent(form, actor));
            }
        }

        void mention(ActorMention mention) {
            mentions.add(mention);
        }

        ArticleNames build() {
            mentions.sort(java.util.Comparator.comparingInt(mention -> mention.span().start()));
            return new ArticleNames(peopleByName, new ArrayList<>(actors.values()), mentions);
        }
    }
}
