package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds known countries and organisations in text by their names, aliases and demonyms.
 * Matching is case-sensitive ("US" is not "us") and on word boundaries; at each position the longest name wins.
 */
final class ActorDictionary {

    private final Map<String, ActorReference> actorsByName;
    private final Pattern anyName;

    /** @param actorsByName every surface form (canonical name, alias, demonym) and the actor it names */
    ActorDictionary(Map<String, ActorReference> actorsByName) {
        this.actorsByName = Map.copyOf(actorsByName);
        String alternatives = actorsByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.anyName = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    static ActorDictionary english() {
        return ActorDictionaryLoader.load("actors-en.tsv");
    }

    List<ActorMention> mentionsIn(String text) {
        List<ActorMention> mentions = new ArrayList<>();
        Matcher matcher = anyName.matcher(text);
        while (matcher.find()) {
            mentions.add(new ActorMention(actorsByName.get(matcher.group()), matcher.start(), matcher.end(), matcher.group()));
        }
        return mentions;
    }

    /** Distinct actors named in the text, in order of first mention. */
    List<ActorReference> actorsIn(String text) {
        Map<String, ActorReference> distinct = new LinkedHashMap<>();
        mentionsIn(text).forEach(mention -> distinct.putIfAbsent(mention.actor().canonicalName(), mention.actor()));
        return List.copyOf(distinct.values());
    }

    /** The actor the whole phrase names, e.g. "the Kremlin" or "NATO". */
    Optional<ActorReference> named(String phrase) {
        String bare = phrase.strip();
        ActorReference actor = actorsByName.get(bare);
        if (actor == null && bare.regionMatches(true, 0, "the ", 0, 4)) {
            actor = actorsByName.get(bare.substring(4));
        }
        return Optional.ofNullable(actor);
    }
}
