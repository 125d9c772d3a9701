package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a noun phrase can be a speaker and what kind of reference it is. Deliberately conservative:
 * a pronoun, a dictionary actor, a description headed by a known role noun ("official", "ministry") whose other
 * words are known modifiers or names, or a capitalised name with an optional title. "The demands" is none of these.
 */
final class SpeakerPhraseParser {

    static final int MAX_WORDS = 8;
    private static final Pattern FORBIDDEN = Pattern.compile("[,;:!?\"“”«»()\\[\\]]");
    private static final Pattern DETERMINER = Pattern.compile(
            "^(?i)(the|a|an|one|two|three|several|some|another|other|many|both)\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}’'.-]*");
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "This", "That", "These", "Those", "It", "There", "But", "And", "If", "When", "While", "As", "In",
            "On", "At", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Officials",
            "Some", "Many", "I", "We", "You", "Most", "All", "Both", "Such", "Other", "Others", "Critics", "Experts");

    private final ActorDictionary dictionary;
    private final Map<String, Role> rolesByNoun;
    private final Set<String> modifiers;
    private final Set<String> rankModifiers;
    private final List<String> titlesLongestFirst;

    SpeakerPhraseParser(ActorDictionary dictionary, List<String> roleRows, List<String> modifierRows, List<String> titles) {
        this.dictionary = dictionary;
        this.rolesByNoun = roles(roleRows);
        this.modifiers = new HashSet<>();
        this.rankModifiers = new HashSet<>();
        for (String row : modifierRows) {
            String word = row.strip().toLowerCase(Locale.ROOT);
            if (word.endsWith("*")) {
                word = word.substring(0, word.length() - 1);
                rankModifiers.add(word);
            }
            modifiers.add(word);
        }
        this.titlesLongestFirst = titles.stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static SpeakerPhraseParser english(ActorDictionary dictionary) {
        return new SpeakerPhraseParser(dictionary,
                ResourceLines.read("speaker-roles-en.txt"),
                ResourceLines.read("speaker-modifiers-en.txt"),
                ResourceLines.read("person-titles-en.txt"));
    }

    Optional<SpeakerPhrase> parse(String phrase) {
        String text = phrase.strip();
        if (text.isEmpty() || FORBIDDEN.matcher(text).find() || text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<SpeakerPhrase> pronoun = pronoun(text);
        if (pronoun.isPresent()) {
            return pronoun;
        }
        Optional<ActorReference> named = dictionary.named(text);
        if (named.isPresent()) {
            return Optional.of(new SpeakerPhrase.NamedActor(text, named.get()));
        }
        Optional<SpeakerPhrase> description = description(text);
        return description.isPresent() ? description : personName(text);
    }

    private static Optional<SpeakerPhrase> pronoun(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "he", "she" -> Optional.of(new SpeakerPhrase.Pronoun(text, false, false));
            case "they" -> Optional.of(new SpeakerPhrase.Pronoun(text, true, false));
            case "it" -> Optional.of(new SpeakerPhrase.Pronoun(text, false, true));
            default -> Optional.empty();
        };
    }

    private Optional<SpeakerPhrase> description(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Role> entry : rolesByNoun.entrySet()) {
            String noun = entry.getKey();
            if (lower.equals(noun) || lower.endsWith(" " + noun)) {
                return describe(text, text.substring(0, text.length() - noun.length()).strip(),
                        text.substring(text.length() - noun.length()), entry.getValue());
            }
        }
        return Optional.empty();
    }

    private Optional<SpeakerPhrase> describe(String text, String beforeRole, String roleWords, Role role) {
        String rest = beforeRole;
        boolean definite = false;
        var determiner = DETERMINER.matcher(rest + " ");
        if (determiner.find()) {
            definite = determiner.group(1).equalsIgnoreCase("the");
            rest = rest.substring(Math.min(rest.length(), determiner.end())).strip();
        }
        ActorReference affiliation = null;
        List<ActorMention> mentions = dictionary.mentionsIn(rest);
        if (!mentions.isEmpty()) {
            affiliation = mentions.get(0).actor();
        }
        String withoutNames = blankOut(rest, mentions);
        List<String> rank = new ArrayList<>();
        for (String word : withoutNames.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lowerWord = word.toLowerCase(Locale.ROOT);
            if (rankModifiers.contains(lowerWord)) {
                rank.add(lowerWord);
            } else if (!modifiers.contains(lowerWord) && !NAME_WORD.matcher(word).matches()) {
                return Optional.empty();
            }
        }
        if (role.kind() == RoleKind.GOVERNMENT && affiliation != null) {
            return Optional.of(new SpeakerPhrase.NamedActor(text, affiliation));
        }
        String roleLower = roleWords.toLowerCase(Locale.ROOT);
        return Optional.of(new SpeakerPhrase.Description(text, definite, String.join(" ", rank), roleLower,
                role.singular(), roleLower.equals(role.plural()) && !role.plural().equals(role.singular()),
                role.kind() != RoleKind.SOURCE, affiliation));
    }

    private Optional<SpeakerPhrase> personName(String text) {
        String rest = text;
        ActorReference affiliation = null;
        List<ActorMention> mentions = dictionary.mentionsIn(rest);
        if (!mentions.isEmpty() && mentions.get(0).start() == 0) {
            affiliation = mentions.get(0).actor();
            rest = rest.substring(mentions.get(0).end()).strip();
        }
        boolean titled = false;
        for (String title : titlesLongestFirst) {
            if (rest.startsWith(title + " ")) {
                rest = rest.substring(title.length()).strip();
                titled = true;
                break;
            }
        }
        List<String> words = Arrays.asList(rest.split("\\s+"));
        boolean allNames = !rest.isEmpty() && words.size() <= 4
                && words.stream().allMatch(word -> NAME_WORD.matcher(word).matches() && !NOT_NAMES.contains(word));
        if (!allNames || (!titled && !dictionary.mentionsIn(rest).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerPhrase.PersonName(text, rest, affiliation));
    }

    private static String blankOut(String text, List<ActorMention> mentions) {
        StringBuilder blanked = new StringBuilder(text);
        for (ActorMention mention : mentions) {
            for (int i = mention.start(); i < mention.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    /** Role nouns, longest first so "people familiar with the matter" wins over shorter nouns. */
    private static Map<String, Role> roles(List<String> rows) {
        Map<String, Role> byNoun = new java.util.TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String row : rows) {
            String[] columns = row.split("\t");
            Role role = new Role(columns[0].strip(), columns[1].strip(), RoleKind.valueOf(columns[2].strip()));
            byNoun.put(role.singular(), role);
            byNoun.put(role.plural(), role);
        }
        return byNoun;
    }

    private enum RoleKind { SOURCE, INSTITUTION, GOVERNMENT }

    private record Role(String singular, String plural, RoleKind kind) {
    }
}
