package org.dictum.domain.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-word names that an article's statements refer back to as "it" and never as "he" or "she": "Texaco said
 * it had filed for bankruptcy protection", "Citicorp said its earnings rose". Wire stories introduce people by their
 * full names, so a single unknown name speaking of itself as "it" is a business or another body, not a person
 * (on Reuters-21578, 637 of 3,141 one-word speakers did so, two of them people).
 */
final class NamesCalledIt {

    private static final Pattern FIRST_WORD = Pattern.compile("[\\s\"“‘'«(]*(\\p{L}+(?:['’]\\p{L}+)?)");
    private static final Set<String> NEUTER = Set.of("it", "its", "it's", "it’s");
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him", "he's", "she's", "he’s", "she’s");

    private NamesCalledIt() {
    }

    /**
     * The names of one-word speakers whose statements' contents open with "it" or "its", or whose next statement's
     * speaker is "It" ("…, Mitel said. It said the transfer …"), and never "he" or "she" so.
     *
     * @param candidates the article's statements in text order
     */
    static Set<String> in(String text, List<SpeechCandidate> candidates) {
        Set<String> neuter = new HashSet<>();
        Set<String> personal = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            SpeechCandidate candidate = candidates.get(i);
            if (!(candidate.speaker() instanceof SpeakerPhrase.PersonName person) || person.name().contains(" ")) {
                continue;
            }
            Matcher first = FIRST_WORD.matcher(text).region(candidate.contentStart(), candidate.contentEnd());
            String word = first.lookingAt() ? first.group(1).toLowerCase(Locale.ROOT) : "";
            String nextSpeaker = nextSpeakerPronoun(candidates, i);
            if (NEUTER.contains(word) || NEUTER.contains(nextSpeaker)) {
                neuter.add(person.name());
            }
            if (PERSONAL.contains(word) || PERSONAL.contains(nextSpeaker)) {
                personal.add(person.name());
            }
        }
        neuter.removeAll(personal);
        return Set.copyOf(neuter);
    }

    /** The pronoun, in lower case, that speaks in the next statement with a speaker after {@code index}; "" if none. */
    private static String nextSpeakerPronoun(List<SpeechCandidate> candidates, int index) {
        for (int i = index + 1; i < candidates.size(); i++) {
            SpeakerPhrase speaker = candidates.get(i).speaker();
            if (speaker != null) {
                return speaker instanceof SpeakerPhrase.Pronoun pronoun ? pronoun.text().toLowerCase(Locale.ROOT) : "";
            }
        }
        return "";
    }
}
