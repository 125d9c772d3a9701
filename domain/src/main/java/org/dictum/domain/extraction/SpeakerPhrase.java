package org.dictum.domain.extraction;

/** A noun phrase that can be a speaker, classified by how it refers. */
sealed interface SpeakerPhrase {

    /** The words as written. */
    String text();

    /** "he", "she", "they", "it": refers back to an earlier speaker. */
    record Pronoun(String text, boolean plural, boolean institutional) implements SpeakerPhrase {
    }

    /** A dictionary actor named outright: "Russia", "the Kremlin", "the Biden administration". */
    record NamedActor(String text, ActorReference actor) implements SpeakerPhrase {
    }

    /** A person's name, with any title stripped: "President Joe Biden" names "Joe Biden". */
    record PersonName(String text, String name, ActorReference affiliation) implements SpeakerPhrase {

        boolean isSurnameOnly() {
            return !name.contains(" ");
        }
    }

    /**
     * An unnamed speaker described by role: "a senior U.S. official", "the official", "officials".
     *
     * @param definite    "the ..." (refers back when possible) rather than "a ..." (introduces a speaker)
     * @param rank        kept modifiers such as "senior", possibly empty
     * @param role        the role noun as it should appear in a canonical name, singular or plural as written
     * @param roleKey     the singular role noun, for matching "the official" to "a senior official"
     * @param institution a body ("the ministry") rather than a person
     * @param affiliation the country or organisation named in the description, or null
     */
    record Description(String text, boolean definite, String rank, String role, String roleKey, boolean plural,
                       boolean institution, ActorReference affiliation) implements SpeakerPhrase {
    }
}
