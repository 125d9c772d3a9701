package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dictum.domain.actor.ActorType;

/**
 * Resolves speaker phrases to actors within one article, remembering earlier speakers so that "He",
 * "the official", "the president" or "Biden" refer back to the most recent compatible speaker. First-person and
 * second-person pronouns ("I", "me" as an interviewer's label, "we", "you") are the writer's or a quoted person's and stay unresolved; so do
 * documents ("the poll") and phrases that name no actor. One instance per article; not thread-safe, never shared.
 */
final class SpeakerMemory {

    private static final Set<String> UNRESOLVED_PRONOUNS = Set.of("i", "me", "my", "we", "our", "you");
    /** The role key of a company named with its legal form, and the role nouns that refer back to one. */
    private static final String COMPANY = "company";
    private static final Set<String> COMPANY_NOUNS = Set.of(COMPANY, "firm", "group", "concern", "manufacturer",
            "producer", "retailer", "airline", "insurer", "lender", "subsidiary", "utility", "partnership");

    /** The descriptions that refer back to a newspaper ("the paper said"). */
    private static final Set<String> PRESS_ROLES = Set.of("paper", "newspaper", "daily", "weekly");
    /** Words in newspapers' names: "New York Times", "China Daily", "Asahi Shimbun". */
    private static final Set<String> NEWSPAPER_WORDS = Set.of("Times", "Journal", "Post", "Herald", "Daily", "Gazette",
            "Tribune", "Telegraph", "Guardian", "Chronicle", "Shimbun", "Zeitung", "Izvestia", "Pravda", "Handelsblatt",
            "Figaro", "Monde", "Corriere", "Repubblica", "Nikkei", "Weekly", "Observer", "Inquirer", "Globe", "Mail");

    private final List<Speaker> speakers = new ArrayList<>();
    private final ArticleNames names;
    private final Set<String> namesCalledIt;

    /**
     * @param names         the people and organisations the article names, which speakers are matched to first
     * @param namesCalledIt one-word names the article refers back to as "it" ({@link NamesCalledIt}): bodies
     */
    SpeakerMemory(ArticleNames names, Set<String> namesCalledIt) {
        this.names = names;
        this.namesCalledIt = Set.copyOf(namesCalledIt);
    }

    SpeakerMemory() {
        this(ArticleNames.none(), Set.of());
    }

    ResolvedSpeaker resolve(SpeakerPhrase phrase) {
        if (phrase instanceof SpeakerPhrase.Pronoun pronoun) {
            if (UNRESOLVED_PRONOUNS.contains(pronoun.text().toLowerCase(Locale.ROOT))) {
                return ResolvedSpeaker.unresolved();
            }
            return referBack(pronounFits(pronoun));
        }
        if (phrase instanceof SpeakerPhrase.AnotherOfGroup) {
            return mostRecent(speaker -> speaker.actor().type() == ActorType.ANONYMOUS_SOURCE && speaker.roleKey() != null)
                    .map(group -> remember(memberOf(group), true)).orElseGet(ResolvedSpeaker::unresolved);
        }
        if (phrase instanceof SpeakerPhrase.NamedActor named) {
            return remember(new Speaker(named.actor(), null, false), false);
        }
        if (phrase instanceof SpeakerPhrase.PersonName person) {
            return resolvePerson(person);
        }
        if (phrase instanceof SpeakerPhrase.Organisation organisation) {
            return resolveOrganisation(organisation);
        }
        if (phrase instanceof SpeakerPhrase.Description description) {
            return resolveDescription(description);
        }
        return ResolvedSpeaker.unresolved();
    }

    /** The most recent speaker of any kind, for quotes that carry no attribution of their own. */
    Optional<ActorReference> lastSpeaker() {
        return speakers.isEmpty() ? Optional.empty() : Optional.of(speakers.get(speakers.size() - 1).actor());
    }

    /** One of an unnamed group ("Dealers" → "Dealer"), with the group's affiliation: "Another said …". */
    private static Speaker memberOf(Speaker group) {
        ActorReference affiliation = group.actor().affiliation();
        String name = withAffiliation(capitalised(group.roleKey()), affiliation);
        return new Speaker(ActorReference.proposed(name, ActorType.ANONYMOUS_SOURCE, affiliation), group.roleKey(), false);
    }

    private ResolvedSpeaker resolveOrganisation(SpeakerPhrase.Organisation organisation) {
        ActorReference actor = ActorReference.proposed(organisation.name(), ActorType.ORGANIZATION,
                organisation.affiliation());
        Optional<Speaker> known = mostRecent(speaker -> speaker.actor().equals(actor));
        if (known.isPresent()) {
            return remember(known.get(), false);
        }
        String name = organisation.name();
        String initials = ProperNames.initialsOf(name);
        String roleKey = name.toLowerCase(Locale.ROOT);
        // "GM" after "General Motors Corp", "S and P" after "Standard and Poor's Corp"; "the Bank" after "the Bank of
        // England": the body's word alone refers back to it
        Optional<Speaker> earlier = mostRecent(speaker -> speaker.actor().type() == ActorType.ORGANIZATION
                && initials != null && initials.equals(ProperNames.abbreviationOf(speaker.actor().canonicalName())))
                .or(() -> ProperNames.isOrganisationWord(name) ? mostRecent(speaker -> roleKey.equals(speaker.roleKey())
                        && speaker.actor().type() == ActorType.ORGANIZATION) : Optional.empty());
        return earlier.map(speaker -> remember(speaker, true))
                .orElseGet(() -> remember(organisationSpeaker(actor, organisation.kindNoun()), false));
    }

    /**
     * An organisation as an earlier speaker: "the company", "the firm" or "the group" refer back to a company named
     * with its legal form ("Plessey Co Plc", "Angio-Medical Corp", "Electronic Mail Corp of America") or said to be one ({@code kindNoun}
     * "manufacturer"); other bodies by their own word ("the bank" to the "Bank of England"), else their last word.
     */
    private static Speaker organisationSpeaker(ActorReference actor, String kindNoun) {
        if (kindNoun != null) {
            return new Speaker(actor, roleKeyOf(kindNoun), false);
        }
        String[] words = actor.canonicalName().split(" ");
        String lastWord = words[words.length - 1];
        if (Arrays.stream(words).anyMatch(ProperNames::isCompanyForm)) {
            return new Speaker(actor, COMPANY, false);   // "Electronic Mail Corp of America" too
        }
        for (int i = words.length - 1; i >= 0; i--) {
            if (ProperNames.isOrganisationWord(words[i])) {   // "Bank" of "Bank of England": "the bank" refers to it
                return new Speaker(actor, words[i].toLowerCase(Locale.ROOT), false);
            }
        }
        return new Speaker(actor, lastWord.toLowerCase(Locale.ROOT), false);
    }

    private ResolvedSpeaker resolvePerson(SpeakerPhrase.PersonName person) {
        if (person.isSurnameOnly()) {
            Optional<Speaker> earlier = mostRecent(speaker -> speaker.actor().type() == ActorType.PERSON
                    && speaker.actor().canonicalName().endsWith(" " + person.name()));
            if (earlier.isPresent()) {
                return remember(earlier.get(), true);
            }
            Optional<Speaker> organisation = mostRecent(speaker -> speaker.actor().type() == ActorType.ORGANIZATION
                    && isShortFormOf(person.name(), speaker.actor().canonicalName()));
            if (organisation.isPresent()) {
                return remember(organisation.get(), true);   // "Plessey said" after "Plessey Co Plc said"
            }
            if (ProperNames.isPossessive(person.text()) && names.person(person.name()).isEmpty()) {
                // "Moody's said": a name in the possessive form as the subject is a business's name, not a person's
                ActorReference business = ActorReference.proposed(ProperNames.withoutArticle(person.text()),
                        ActorType.ORGANIZATION, null);
                Optional<Speaker> known = mostRecent(speaker -> speaker.actor().equals(business));
                return remember(known.orElseGet(() -> organisationSpeaker(business, null)), false);
            }
        }
        if (person.isSurnameOnly() && names.person(person.name()).isEmpty()
                && (looksLikeGroup(person.name()) || ProperNames.isSurnameTitle(person.name()))) {
            return ResolvedSpeaker.unresolved();
        }
        if (person.title() == null && namesCalledIt.contains(person.name()) && names.person(person.name()).isEmpty()) {
            // "Texaco said it had filed …": a body, to which "the company" refers back
            ActorReference body = ActorReference.proposed(person.name(), ActorType.ORGANIZATION, person.affiliation());
            Optional<Speaker> known = mostRecent(speaker -> speaker.actor().equals(body));
            return remember(known.orElseGet(() -> new Speaker(body, COMPANY, false)), false);
        }
        Optional<Speaker> same = mostRecent(speaker -> speaker.actor().type() == ActorType.PERSON
                && speaker.actor().canonicalName().equals(person.name()));
        if (same.isPresent()) {
            return remember(same.get(), false);
        }
        ActorReference actor = names.person(person.name())
                .filter(known -> known.type() == ActorType.PERSON)
                .orElseGet(() -> ActorReference.proposed(person.name(), ActorType.PERSON, person.affiliation()));
        Optional<Speaker> known = mostRecent(speaker -> speaker.actor().equals(actor));
        return remember(known.orElseGet(() -> new Speaker(actor, person.title(), false)), false);
    }

    /** The key under which a body is referred back to: every word for a company ("firm", "airline") is "company". */
    private static String roleKeyOf(String noun) {
        return COMPANY_NOUNS.contains(noun) ? COMPANY : noun;
    }

    /**
     * "Plessey" of "Plessey Co Plc", "Moody" of "Moody's Investors Service Inc": the name's first word; or the name
     * itself ("Eurostat" after "the EC statistics agency Eurostat").
     */
    private static boolean isShortFormOf(String word, String name) {
        return name.equals(word) || name.startsWith(word + " ") || name.startsWith(word + "'s ") || name.startsWith(word + "’s ");
    }

    /**
     * "Dealers", "Economists", "Fishermen": a capitalised plural at the start of a sentence names a group, not a
     * person.
     */
    private static boolean looksLikeGroup(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("ers") || lower.endsWith("ists") || lower.endsWith("ants") || lower.endsWith("ians")
                || lower.endsWith("ors") || lower.endsWith("ents") || lower.length() >= 5 && lower.endsWith("men");
    }

    private ResolvedSpeaker resolveDescription(SpeakerPhrase.Description description) {
        if (description.definite() && PRESS_ROLES.contains(description.roleKey()) && description.names().isEmpty()
                && description.affiliation() == null) {   // not "The Economic Daily newspaper"
            Optional<ResolvedSpeaker> paper = pressReferredTo();
            if (paper.isPresent()) {
                return paper.get();
            }
        }
        if (description.kind() == SpeakerRoles.Kind.DOCUMENT) {
            return issuerOf(description);
        }
        if (description.kind() == SpeakerRoles.Kind.SHARE) {
            return ResolvedSpeaker.unresolved();
        }
        if (description.definite()) {
            String roleKey = roleKeyOf(description.roleKey());
            Optional<Speaker> earlier = mostRecent(speaker -> (description.roleKey().equals(speaker.roleKey())
                    || roleKey.equals(speaker.roleKey()) && speaker.actor().type() == ActorType.ORGANIZATION)
                    && speaker.plural() == description.plural()
                    && (description.affiliation() == null || description.affiliation().equals(speaker.actor().affiliation())));
            if (earlier.isPresent()) {
                return remember(earlier.get(), true);
            }
        }
        ActorType type = description.institution() ? ActorType.ORGANIZATION : ActorType.ANONYMOUS_SOURCE;
        ActorReference actor = ActorReference.proposed(canonicalName(description), type, description.affiliation());
        return remember(new Speaker(actor, description.roleKey(), description.plural()), false);
    }

    /**
     * "The paper said" after "the New York Times reported" or "quoted by the China Daily": the newspaper that spoke
     * last, else the one newspaper the article names; empty when there is none, or several and none spoke.
     */
    private Optional<ResolvedSpeaker> pressReferredTo() {
        Optional<Speaker> spoke = mostRecent(speaker -> isNewspaper(speaker.actor()));
        if (spoke.isPresent()) {
            return Optional.of(remember(spoke.get(), true));
        }
        List<ActorReference> named = names.actors().stream().filter(SpeakerMemory::isNewspaper).distinct().toList();
        return named.size() == 1 ? Optional.of(remember(new Speaker(named.get(0), null, false), true)) : Optional.empty();
    }

    private static boolean isNewspaper(ActorReference actor) {
        return actor.type() == ActorType.ORGANIZATION
                && Arrays.stream(actor.canonicalName().split(" ")).anyMatch(NEWSPAPER_WORDS::contains);
    }

    /**
     * "A World Bank statement said", "A Plessey statement said": a document names who issued it, a body the
     * dictionary knows (a body: "an Italian press report" is not Italy's) or an organisation that spoke earlier in
     * the article; otherwise ("the report said") the document stays unresolved.
     */
    private ResolvedSpeaker issuerOf(SpeakerPhrase.Description document) {
        if (document.affiliation() != null && document.names().isEmpty()
                && document.affiliation().type() == ActorType.ORGANIZATION) {
            Optional<Speaker> known = mostRecent(speaker -> speaker.actor().equals(document.affiliation()));
            return remember(known.orElseGet(() -> new Speaker(document.affiliation(), null, false)), false);
        }
        if (!document.names().isEmpty()) {
            return mostRecent(speaker -> speaker.actor().type() == ActorType.ORGANIZATION
                    && isShortFormOf(document.names(), speaker.actor().canonicalName()))
                    .map(speaker -> remember(speaker, true)).orElseGet(ResolvedSpeaker::unresolved);
        }
        return ResolvedSpeaker.unresolved();
    }

    /**
     * "Senior official (United States)": rank and role, then the affiliation in brackets; a body named after a
     * person or party keeps the name ("Trump campaign").
     */
    static String canonicalName(SpeakerPhrase.Description description) {
        String label = description.rank().isEmpty() ? description.role() : description.rank() + " " + description.role();
        if (description.institution() && !description.names().isEmpty()) {
            return description.names() + " " + label;
        }
        String capitalised = capitalised(label);
        if (description.affiliation() != null) {
            return withAffiliation(capitalised, description.affiliation());
        }
        return description.names().isEmpty() ? capitalised : capitalised + " (" + description.names() + ")";
    }

    private static String capitalised(String label) {
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** "Official (United States)": the label, then the affiliation in brackets when there is one. */
    private static String withAffiliation(String label, ActorReference affiliation) {
        return affiliation == null ? label : label + " (" + affiliation.canonicalName() + ")";
    }

    private static Predicate<Speaker> pronounFits(SpeakerPhrase.Pronoun pronoun) {
        if (pronoun.institutional()) {
            return speaker -> speaker.isInstitutional() && !speaker.plural();
        }
        if (pronoun.plural()) {
            return speaker -> speaker.plural() || speaker.isInstitutional();
        }
        return speaker -> !speaker.plural() && (speaker.actor().type() == ActorType.PERSON
                || speaker.actor().type() == ActorType.ANONYMOUS_SOURCE);
    }

    private ResolvedSpeaker referBack(Predicate<Speaker> fits) {
        return mostRecent(fits).map(speaker -> remember(speaker, true)).orElseGet(ResolvedSpeaker::unresolved);
    }

    private Optional<Speaker> mostRecent(Predicate<Speaker> fits) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            if (fits.test(speakers.get(i))) {
                return Optional.of(speakers.get(i));
            }
        }
        return Optional.empty();
    }

    private ResolvedSpeaker remember(Speaker speaker, boolean viaCoreference) {
        speakers.remove(speaker);
        speakers.add(speaker);
        return new ResolvedSpeaker(speaker.actor(), viaCoreference);
    }

    /** An earlier speaker; roleKey is the singular role noun or the person's title, else null. */
    private record Speaker(ActorReference actor, String roleKey, boolean plural) {

        boolean isInstitutional() {
            ActorType type = actor.type();
            return type == ActorType.ORGANIZATION || type == ActorType.COUNTRY;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Speaker speaker && speaker.actor.equals(actor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor);
        }
    }
}
