package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;

/**
 * Reads an actor gazetteer from a TSV resource: canonical name, type, aliases (|-separated),
 * demonyms (|-separated), affiliation (canonical name of an earlier row, may be empty).
 * Demonyms ending in "n" or "i" also match in the plural ("Russians", "Israelis"). Every actor read is CONFIRMED.
 */
final class ActorDictionaryLoader {

    private ActorDictionaryLoader() {
    }

    static ActorDictionary load(String resourceName) {
        return fromRows(ResourceLines.read(resourceName));
    }

    static ActorDictionary fromRows(List<String> rows) {
        Map<String, ActorReference> byCanonicalName = new HashMap<>();
        Map<String, ActorReference> byName = new LinkedHashMap<>();
        for (String row : rows) {
            String[] columns = Arrays.copyOf(row.split("\t", -1), 5);
            String canonical = columns[0].strip();
            List<String> aliases = split(columns[2]);
            List<String> demonyms = split(columns[3]);
            ActorReference affiliation = blank(columns[4]) ? null : byCanonicalName.get(columns[4].strip());
            List<String> allAliases = new ArrayList<>(aliases);
            allAliases.addAll(demonyms);
            ActorReference actor = new ActorReference(canonical, ActorType.valueOf(columns[1].strip()), allAliases,
                    affiliation, ActorStatus.CONFIRMED);
            byCanonicalName.put(canonical, actor);
            byName.put(canonical, actor);
            aliases.forEach(alias -> byName.putIfAbsent(alias, actor));
            demonyms.forEach(demonym -> {
                byName.putIfAbsent(demonym, actor);
                if (demonym.endsWith("n") || demonym.endsWith("i")) {
                    byName.putIfAbsent(demonym + "s", actor);
                }
            });
        }
        return new ActorDictionary(byName);
    }

    private static List<String> split(String column) {
        if (blank(column)) {
            return List.of();
        }
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(alias -> !alias.isEmpty()).toList();
    }

    private static boolean blank(String column) {
        return column == null || column.isBlank();
    }
}
