package org.dictum.domain.extraction;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The nouns that can head a speaker description ("official", "ministry", "poll"), read from
 * {@code speaker-roles-en.txt}: singular, plural and what kind of speaker the noun names.
 */
final class SpeakerRoles {

    enum Kind {
        /** an unnamed person or group of people */
        SOURCE,
        /** a body such as a ministry or a campaign */
        INSTITUTION,
        /** stands for the country named with it */
        GOVERNMENT,
        /** a text or a measurement: a poll, a report */
        DOCUMENT,
        /** a share of the people polled: "32 percent", "a majority" */
        SHARE
    }

    /** @param noun the singular or plural as written in the data file */
    record Role(String singular, String plural, Kind kind, String noun) {

        boolean isPlural() {
            return noun.equals(plural) && !plural.equals(singular);
        }
    }

    /** Longest noun first, so "people familiar with the matter" wins over "matter"-less shorter nouns. */
    private final Map<String, Role> byNounLongestFirst;
    private final Map<String, Role> byLastWord;

    SpeakerRoles(List<String> rows) {
        Map<String, Role> byNoun = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Role> lastWords = new HashMap<>();
        for (String row : rows) {
            String[] columns = row.split("\t");
            String singular = columns[0].strip();
            String plural = columns[1].strip();
            Kind kind = Kind.valueOf(columns[2].strip());
            for (String noun : List.of(singular, plural)) {
                Role role = new Role(singular, plural, kind, noun);
                byNoun.put(noun, role);
                lastWords.putIfAbsent(noun.substring(noun.lastIndexOf(' ') + 1), role);
            }
        }
        this.byNounLongestFirst = byNoun;
        this.byLastWord = Map.copyOf(lastWords);
    }

    static SpeakerRoles english() {
        return new SpeakerRoles(ResourceLines.read("speaker-roles-en.txt"));
    }

    /** Whether a lower-case word ends some role noun ("officials", "spokesman", "poll"). */
    boolean isHeadWord(String lowerCaseWord) {
        return byLastWord.containsKey(lowerCaseWord);
    }

    /** Whether a lower-case noun names a document or a share of the polled ("poll", "polls", "percent"). */
    boolean isDocumentWord(String lowerCaseWord) {
        Role role = byNounLongestFirst.get(lowerCaseWord);
        return role != null && (role.kind() == Kind.DOCUMENT || role.kind() == Kind.SHARE);
    }

    /** Whether a lower-case singular noun names a person's role ("spokesman", "chief"), usable before a name. */
    boolean isPersonRole(String lowerCaseWord) {
        Role role = byNounLongestFirst.get(lowerCaseWord);
        return role != null && role.kind() == Kind.SOURCE && !role.isPlural();
    }

    /** The role noun that ends the phrase, if any: "a senior U.S. official" ends with "official". */
    Optional<Role> roleAtEndOf(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Role> entry : byNounLongestFirst.entrySet()) {
            String noun = entry.getKey();
            if (lower.equals(noun) || lower.endsWith(" " + noun)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
