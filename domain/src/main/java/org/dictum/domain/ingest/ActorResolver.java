package org.dictum.domain.ingest;

import java.util.Optional;
import java.util.Set;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.extraction.ActorReference;

/**
 * Matches actors named by extraction or by a submitter to the authority, adding the ones it lacks with the status
 * extraction gave them (gazetteer actors CONFIRMED, actors extraction found on its own PROPOSED). An actor already in
 * the authority keeps its status: a librarian's confirmation is never undone by a later article. The librarians'
 * curation wins over the gazetteer: a name that is the canonical name of a merged actor leads to its survivor, and
 * a name that is an alias of a confirmed actor (e.g. the old name of a renamed one) leads to that actor.
 */
final class ActorResolver {

    private static final int MAX_TITLED_NAME_WORDS = 6;
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");

    private final ActorRepository actors;

    ActorResolver(ActorRepository actors) {
        this.actors = actors;
    }

    Actor resolve(ActorReference reference) {
        return actors.findNamed(reference.canonicalName()).orElseGet(() -> actors.save(newActor(reference)));
    }

    /**
     * A statement's speaker. A librarian's alias with the speaker's title ("Minister Smith" of Jane Minister) leads to
     * its actor before the name extraction made of the mention ("Smith", a new actor otherwise).
     */
    Actor resolveSpeaker(String mention, ActorReference speaker) {
        if (mention != null && isTitledName(mention.strip()) && !mention.strip().equals(speaker.canonicalName())) {
            Optional<Actor> aliased = actors.findConfirmedByAlias(mention.strip());
            if (aliased.isPresent()) {
                return aliased.get();
            }
        }
        return resolve(speaker);
    }

    /** "Minister Smith", "Secretary of State Blinken": a few words, the first capitalised, no article. */
    private static boolean isTitledName(String mention) {
        String[] words = mention.split("\\s+");
        return words.length >= 2 && words.length <= MAX_TITLED_NAME_WORDS && Character.isUpperCase(mention.charAt(0))
                && !ARTICLES.contains(words[0]);
    }

    /** A supplied name is kept as given: curators merge variants such as "usa" into the authority later. */
    Actor resolveSupplied(String name) {
        return actors.findNamed(name).orElseGet(() -> actors.save(new Actor(name, ActorType.OTHER)));
    }

    private Actor newActor(ActorReference reference) {
        Actor actor = new Actor(reference.canonicalName(), reference.type(), reference.status());
        reference.aliases().forEach(actor::addAlias);
        reference.affiliationIfAny().map(this::resolve).ifPresent(actor::affiliateWith);
        return actor;
    }
}
