package org.dictum.domain.extraction;

/** A noun phrase that names a speaker, classified by how it refers. */
sealed interface SpeakerPhrase {

    /** The words as written. */
    String text();

    /** The same reference as written with more words ("Peskov, a Kremlin spokesman" for "Peskov"). */
    SpeakerPhrase writtenAs(String mention);

    /** "he", "she", "they", "it": refers back to an earlier speaker. */
    record Pronoun(String text, boolean plural, boolean institutional) implements SpeakerPhrase {

        @Override
        public SpeakerPhrase writtenAs(String mention) {
            return new Pronoun(mention, plural, institutional);
        }
    }

    /** "Another", "One" alone: one more of the unnamed group that spoke last ("Dealers said … Another said …"). */
    record AnotherOfGroup(String text) implements SpeakerPhrase {

        @Override
        public SpeakerPhrase writtenAs(String mention) {
            return new AnotherOfGroup(mention);
        }
    }

    /** A dictionary actor named outright: "Russia", "the Kremlin", "the Biden administration". */
    record NamedActor(String text, ActorReference actor) implements SpeakerPhrase {

        @Override
        public SpeakerPhrase writtenAs(String mention) {
            return new NamedActor(mention, actor);
        }
    }

    /**
     * A person's name, with any title stripped: "President Joe Biden" names "Joe Biden".
     *
     * @param title       the title or role written with the name ("President", "spokesman"), lower case, or null
     * @param affiliation the country or organisation named with the person, or null
     */
    record PersonName(String text, String name, ActorReference affiliation, String title) implements SpeakerPhrase {

        /** "Biden", or a surname with its particle: "bin Laden", "de Gaulle". */
        boolean isSurnameOnly() {
            return !name.contains(" ") || Character.isLowerCase(name.charAt(0));
        }

        @Override
        public SpeakerPhrase writtenAs(String mention) {
            return new PersonName(mention, name, affiliation, title);
        }
    }

    /**
     * A body that is not in the dictionary, named by a proper noun phrase: "The New York Post", "Fox News".
     *
     * @param kindNoun what the text says the body is ("manufacturer" in "White Engine, a manufacturer of …"), or null
     */
    record Organisation(String text, String name, ActorReference affiliation, String kindNoun) implements SpeakerPhrase {

        Organisation(String text, String name, ActorReference affiliation) {
            this(text, name, affiliation, null);
        }

        @Override
        public SpeakerPhrase writtenAs(String mention) {
            return new Organisation(mention, name, affiliation, kindNoun);
        }
    }

    /**
     * An unnamed speaker described by role: "a senior U.S. official", "the official", "officials", "the Trump
     * campaign", "a new poll".
     *
     * @param definite    "the ..." (refers back when possible) rather than "a ..." (introduces a speaker)
     * @param rank        kept modifiers such as "senior", possibly empty
     * @param role        the role noun as it should appear in a canonical name, singular or plural as written
     * @param roleKey     the singular role noun, for matching "the official" to "a senior official"
     * @param kind        whether the role names a person, a body or a document
     * @param names       capitalised words of the description that the dictionary does not know ("Trump" in
     *                    "the Trump campaign"), possibly empty
     * @param affiliation the country or organisation named in the description, or null
     */
    record Description(String text, boolean definite, String rank, String role, String roleKey, boolean plural,
                       SpeakerRoles.Kind kind, String names, ActorReference affiliation) implements SpeakerPhrase {

        boolean institution() {
            return kind == SpeakerRoles.Kind.INSTITUTION || kind == SpeakerRoles.Kind.GOVERNMENT;
        }

        @Override
        public SpeakerPhrase writtenAs(String mention) {
            return new Description(mention, definite, rank, role, roleKey, plural, kind, names, affiliation);
        }

        /** The same description of someone at a place or body the text names after it ("experts in London"). */
        Description withAffiliation(ActorReference place) {
            return new Description(text, definite, rank, role, roleKey, plural, kind, names, place);
        }
    }

    /** A noun phrase that names no actor we can identify ("many voters", "the backlash"); kept as written. */
    record Other(String text) implements SpeakerPhrase {

        @Override
        public SpeakerPhrase writtenAs(String mention) {
            return new Other(mention);
        }
    }
}
