package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;

/**
 * Decides what kind of reference a speaker noun phrase is: a pronoun, a dictionary actor, a description headed by
 * a role noun ("a senior U.S. official", "the ministry", "the poll"), an organisation's proper name ("The New York
 * Post") or a person's name with optional titles ("Clinton campaign Chairman John Podesta"). Phrases that are
 * none of these ("the demands") are not classified.
 */
final class SpeakerPhraseParser {

    static final int MAX_WORDS = 12;
    private static final Pattern FORBIDDEN = Pattern.compile("[,;:!?\"“”«»()\\[\\]]");
    private static final Pattern DETERMINER = Pattern.compile(
            "^(?i)(the|a|an|one|two|three|four|several|some|another|other|many|both|most|few|those|these|its|his|her|their)\\s+");
    private static final Pattern PERSON_FROM_PLACE = Pattern.compile(
            "(.*\\p{Lu}[\\p{L}\\p{M}’'.-]*) (?:of|from) \\p{Lu}[^ ]*(?: (?:and |& )?\\p{Lu}[^ ]*)*");
    /** Where an apposition's head noun ends: a complement or a clause follows. */
    private static final Pattern APPOSITION_COMPLEMENT = Pattern.compile(
            "\\s+(?:of|with|in|for|from|at|on|that|which|who|based|whose)\\s+|,");
    private static final Pattern PERSON_AT_BODY = Pattern.compile("(\\p{Lu}\\S*(?:\\s+\\S+){1,4}?)\\s+(?:of|at|with)\\s+((?:the\\s+)?\\p{Lu}.*)");
    /** Words that continue a ministry's short name after its first: "Foreign Affairs", "Home Security". */
    private static final Set<String> DEPARTMENT_CONTINUATIONS = Set.of("Affairs", "Relations", "Security", "Development",
            "Services", "Resources", "Industry", "Trade", "Commerce", "Planning", "Cooperation", "Works", "Policy");
    /** "of" after a title, before the body it is held in: "Undersecretary of Commerce Bruce Smart". */
    private static final Pattern TITLE_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})");
    /**
     * "Minister of State for Finance", "Secretary of State for Trade and Industry", "Minister for Aviation": a title
     * (maybe "of State"), "for" and the department it is held for, then the holder's name.
     */
    private static final Pattern TITLE_FOR_DEPARTMENT = Pattern.compile(
            "(?:\\S+\\s+)*?((?:\\p{Lu}\\S*\\s+)*?\\p{Lu}\\S*(?:\\s+of\\s+State)?)\\s+for\\s+(?:the\\s+)?(\\p{Lu}.*)");
    /** Lower-case words (after a capitalised one, "French sugar producer"), then a capitalised name. */
    private static final Pattern DESCRIBED_BODY = Pattern.compile(
            "((?:\\p{Lu}\\S*\\s+)?(?:(?!(?:of|for|at|with|from|by|to|in|on|and|or)\\s)\\p{Ll}[\\p{Ll}-]*\\s+)+)(\\p{Lu}.*)");
    /** "for" in "a spokesman for Texaco Inc": between a role and the body named after it. */
    private static final Pattern BODY_PREPOSITION = Pattern.compile(
            "\\s+(?:for|of|at|with)\\s+(?:the\\s+)?(?=\\p{Lu}|(?:\\p{Ll}[\\p{Ll}-]*\\s+)+\\p{Lu})");
    /** "close to" in "sources close to the Foreign Ministry": between a role and whom it is close to. */
    private static final Pattern CLOSE_TO = Pattern.compile("\\s+close\\s+to\\s+");
    /** Lower-case words that are not a preposition, then a capitalised name ("lead manager Banque Paribas SA"). */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile(
            "((?:\\p{Ll}[\\p{Ll}-]*\\s+)*(?!(?:of|for|at|with|from|by|to|in|on)\\s)\\p{Ll}[\\p{Ll}-]*)\\s+(\\p{Lu}[^\\s]*(?:\\s+(?:\\p{Lu}[^\\s]*|of|for|the|and|&|du|de|des|et))*)");
    /** "of the" in "Representatives of the major government agencies": a role, then a body described, not named. */
    private static final Pattern UNNAMED_BODY_PREPOSITION = Pattern.compile("\\s+(?:of|for|at|from)\\s+(?=(?:the\\s+)?\\p{Ll})");
    /** The preposition that ends a description before the place it locates ("experts in", "the envoy at the"). */
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("\\s+(?:in|at|from)(?:\\s+the)?$");
    /** "It's", "That's": a pronoun with a contracted verb, not a name in the possessive. */
    private static final Pattern CONTRACTED_PRONOUN = Pattern.compile("(?i)(?:it|that|there|here|what|who|let|he|she)['’]s");
    /** "BET.com said": a website's name names the business behind it. */
    private static final Pattern WEBSITE = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.-]*" + Tokenizer.WEBSITE_ENDING);
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}’'.-]*");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "van", "von", "bin", "al", "el", "la", "le",
            "di", "du", "der", "Jr.", "Sr.", "II", "III");
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "This", "That", "These", "Those", "It", "There", "But", "And", "If", "When", "While", "As", "In",
            "On", "At", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Officials",
            "Some", "Many", "I", "We", "You", "Most", "All", "Both", "Such", "Other", "Others", "Critics", "Experts",
            "Democrats", "Republicans", "Americans", "Conservatives", "Liberals", "Progressives", "Supporters",
            "Voters", "People", "Polls", "Analysts", "Sources", "Aides", "Observers", "Residents", "Activists",
            "One", "Another");
    /** A month alone is no one's name ("February said" of "The report, dated February 26, said"); "May" may be. */
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "June", "July", "August",
            "September", "October", "November", "December");

    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr");

    private final ActorDictionary dictionary;
    private final SpeakerRoles roles;
    private final Set<String> rankModifiers;
    private final List<String> titlesLongestFirst;

    SpeakerPhraseParser(ActorDictionary dictionary, SpeakerRoles roles, List<String> modifierRows, List<String> titles) {
        this.dictionary = dictionary;
        this.roles = roles;
        this.rankModifiers = new HashSet<>();
        for (String row : modifierRows) {
            String word = row.strip().toLowerCase(Locale.ROOT);
            if (word.endsWith("*")) {
                rankModifiers.add(word.substring(0, word.length() - 1));
            }
        }
        this.titlesLongestFirst = titles.stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static SpeakerPhraseParser english(ActorDictionary dictionary) {
        return new SpeakerPhraseParser(dictionary, SpeakerRoles.english(),
                ResourceLines.read("speaker-modifiers-en.txt"),
                ResourceLines.read("person-titles-en.txt"));
    }

    /**
     * Classifies a located speaker mention. {@code core} is the part that names the speaker, {@code apposition} the
     * rest ("a Kremlin spokesman"), which may tell the person's affiliation and role.
     */
    SpeakerPhrase classify(String mention, String core, String apposition) {
        Optional<SpeakerPhrase> parsed = parse(core);
        if (parsed.isEmpty()) {
            return new SpeakerPhrase.Other(mention);
        }
        SpeakerPhrase phrase = parsed.get();
        if (phrase instanceof SpeakerPhrase.PersonName person) {
            ActorReference affiliation = person.affiliation();
            String title = person.title();
            Optional<SpeakerRoles.Role> body = apposition == null || person.title() != null ? Optional.empty()
                    : bodyNamedBy(apposition);
            if (body.isPresent()) {
                // "White Engine, a manufacturer of diesel engines,": the name is a company's
                List<NameMatch> mentions = dictionary.mentionsIn(apposition);
                return new SpeakerPhrase.Organisation(mention, ProperNames.withoutArticle(core.strip()),
                        affiliation != null || mentions.isEmpty() ? affiliation : mentions.get(0).actor(),
                        body.get().singular());
            }
            if (apposition != null) {
                List<NameMatch> mentions = dictionary.mentionsIn(apposition);
                if (affiliation == null && !mentions.isEmpty()) {
                    affiliation = mentions.get(0).actor();
                }
                if (title == null) {
                    title = roles.roleAtEndOf(apposition.strip()).map(SpeakerRoles.Role::singular).orElse(null);
                }
            }
            return new SpeakerPhrase.PersonName(mention, person.name(), affiliation, title);
        }
        return phrase.writtenAs(mention);
    }

    /**
     * The kind of body an apposition says its name is: its head noun, before any complement ("a manufacturer of diesel
     * engines", "the state-owned oil company"), when that is an institution's; empty otherwise.
     */
    private Optional<SpeakerRoles.Role> bodyNamedBy(String apposition) {
        String head = APPOSITION_COMPLEMENT.split(apposition.replaceFirst("^[\\s,—–-]+", ""), 2)[0]
                .replaceAll("[^\\p{L}\\p{N}'’ .-]", "").strip();
        return roles.roleAtEndOf(head).filter(role -> role.kind() == SpeakerRoles.Kind.INSTITUTION && !role.isPlural()
                && CuePhrases.wordCount(head) <= 6);
    }

    /** "April": a month's name, which names no one who speaks ("May" may be a name). */
    static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }


    /** The kind of reference a whole phrase is, empty when it is none the extractor knows. */
    Optional<SpeakerPhrase> parse(String phrase) {
        String text = phrase.strip();
        if (text.isEmpty() || FORBIDDEN.matcher(text).find() || text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        if (CONTRACTED_PRONOUN.matcher(text).matches()) {
            return Optional.empty();   // "It's said that …", "That's believed": no one speaks
        }
        Optional<SpeakerPhrase> pronoun = pronoun(text);
        if (pronoun.isPresent()) {
            return pronoun;
        }
        Optional<ActorReference> named = dictionary.named(text);
        if (named.isPresent()) {
            return Optional.of(new SpeakerPhrase.NamedActor(text, named.get()));
        }
        if (ProperNames.initialsOf(text) != null || WEBSITE.matcher(text).matches()) {
            // "TWA", "S and P" (a wire service's S&P), "BET.com": a body; people's names are not written so
            return Optional.of(new SpeakerPhrase.Organisation(text, text, null));
        }
        return roleCloseTo(text).or(() -> roleAtNamedBody(text)).or(() -> roleAtUnnamedBody(text)).or(() -> description(text)).or(() -> personAtNamedBody(text))
                .or(() -> organisation(text)).or(() -> organisationInRole(text)).or(() -> personName(text));
    }

    /**
     * "Ed Yardeni of Prudential-Bache Securities", "Chairman Paul Volcker of the Federal Reserve Board": a person's
     * name, with any titles, then the body the person works for, which becomes the person's affiliation. The name's
     * words are none a body's ("Bank of New York Co" is one body's name).
     */
    private Optional<SpeakerPhrase> personAtNamedBody(String text) {
        Matcher person = PERSON_AT_BODY.matcher(text);
        if (!person.matches() || Arrays.stream(person.group(1).split("\\s+")).anyMatch(ProperNames::isOrganisationWord)) {
            return Optional.empty();
        }
        return bodyNamed(person.group(2)).flatMap(body -> titledName(person.group(1))
                .filter(SpeakerPhrase.PersonName.class::isInstance).map(SpeakerPhrase.PersonName.class::cast)
                .filter(name -> name.affiliation() == null && name.name().contains(" "))
                .map(name -> new SpeakerPhrase.PersonName(text, name.name(), body, name.title())));
    }

    /**
     * "A spokesman for Texaco Inc", "a spokeswoman for the Chamber of Mines", "analysts at Salomon Brothers Inc": an
     * unnamed person's role, then the body the person speaks for, which becomes the description's affiliation. Only
     * after a determiner, a plural role or a role in lower case ("chairman of Acme Corp"), so that a title ("Governor of the Bank of England Robin Leigh-Pemberton")
     * stays a person's; the body is a dictionary actor or a name that ends in a body's word.
     */
    private Optional<SpeakerPhrase> roleAtNamedBody(String text) {
        Matcher preposition = BODY_PREPOSITION.matcher(text);
        while (preposition.find()) {
            String head = text.substring(0, preposition.start());
            String body = text.substring(preposition.end());
            Optional<SpeakerPhrase.Description> role = description(head).filter(SpeakerPhrase.Description.class::isInstance)
                    .map(SpeakerPhrase.Description.class::cast)
                    .filter(found -> found.kind() == SpeakerRoles.Kind.SOURCE
                            && (found.plural() || DETERMINER.matcher(head + " ").lookingAt()
                            || Character.isLowerCase(head.charAt(0))));   // "…, chairman of Acme Corp, said"
            Optional<ActorReference> named = role.isEmpty() ? Optional.empty() : namedBody(body);
            if (named.isPresent()) {
                return Optional.of(role.get().withAffiliation(named.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Sources close to the Italian Foreign Ministry", "sources close to Finance Minister Edouard Balladur": unnamed
     * people, whose affiliation is the body or person they are close to when that is named ("sources close to the
     * ministry" have none). Not a description of the body: no "Sources ministry".
     */
    private Optional<SpeakerPhrase> roleCloseTo(String text) {
        return roleBefore(CLOSE_TO.matcher(text), text);
    }

    /**
     * "Representatives of the major government agencies", "President of the company": people, not the body described
     * after them ("Representatives agencies"); the role's affiliation is a place or body named in the description.
     */
    private Optional<SpeakerPhrase> roleAtUnnamedBody(String text) {
        String[] words = text.split("\\s+");
        if (Character.isUpperCase(words[words.length - 1].charAt(0))) {
            return Optional.empty();   // "President of the company John Smith": a title, then the person's name
        }
        return roleBefore(UNNAMED_BODY_PREPOSITION.matcher(text), text);
    }

    /** The unnamed people's role before the first match of {@code preposition}, affiliated with whom it names after. */
    private Optional<SpeakerPhrase> roleBefore(Matcher preposition, String text) {
        if (!preposition.find()) {
            return Optional.empty();
        }
        String whom = text.substring(preposition.end());
        return description(text.substring(0, preposition.start())).filter(SpeakerPhrase.Description.class::isInstance)
                .map(SpeakerPhrase.Description.class::cast)
                .filter(role -> role.kind() == SpeakerRoles.Kind.SOURCE)
                .map(role -> actorNamedBy(whom).map(role::withAffiliation).orElse(role));
    }

    /** The actor a phrase names outright: a dictionary actor, an organisation or a person; not a description. */
    private Optional<ActorReference> actorNamedBy(String phrase) {
        return parse(phrase).flatMap(named -> {
            if (named instanceof SpeakerPhrase.NamedActor actor) {
                return Optional.of(actor.actor());
            }
            if (named instanceof SpeakerPhrase.Organisation body) {
                return Optional.of(ActorReference.proposed(body.name(), ActorType.ORGANIZATION, body.affiliation()));
            }
            if (named instanceof SpeakerPhrase.PersonName person) {
                return Optional.of(ActorReference.proposed(person.name(), ActorType.PERSON, person.affiliation()));
            }
            return Optional.empty();
        });
    }

    /** The body a role speaks for; one unknown word ("a spokesman for Chrysler", "… for Dole") of a type librarians tell. */
    private Optional<ActorReference> namedBody(String body) {
        Optional<ActorReference> named = bodyNamed(body).or(() -> describedBody(body));
        if (named.isPresent() || !isNameWord(body) || isTitleWord(body) || ProperNames.isOrganisationWord(body)) {
            return named;
        }
        return Optional.of(ActorReference.proposed(body, ActorType.OTHER, null));
    }

    /**
     * "the state-owned Taiwan Sugar Corp", "the state-run oil company Ecopetrol", "French sugar producer Beghin-Say":
     * a body's name after lower-case words that describe it; a name of any form when those words end in a kind of
     * body ("company", "producer").
     */
    private Optional<ActorReference> describedBody(String body) {
        Matcher described = DESCRIBED_BODY.matcher(ProperNames.withoutArticle(body));
        if (!described.matches()) {
            return Optional.empty();
        }
        String name = described.group(2);
        boolean kindOfBody = roles.roleAtEndOf(described.group(1).strip())
                .filter(role -> role.kind() == SpeakerRoles.Kind.INSTITUTION && !role.isPlural()).isPresent();
        String[] words = name.split("\\s+");
        // "oil company Ecopetrol", "mining company PT Tambang Timah"; not "committee Jack Patterson", its chairman
        boolean bodyLikeName = words.length == 1 || words[0].length() >= 2 && words[0].equals(words[0].toUpperCase(Locale.ROOT));
        return bodyNamed(name).or(() -> kindOfBody && bodyLikeName && Arrays.stream(words)
                .allMatch(word -> isNameWord(word) && !isMonth(word))
                ? Optional.of(ActorReference.proposed(name, ActorType.ORGANIZATION, null)) : Optional.empty());
    }

    /** A body the dictionary knows ("the World Bank") or a name that ends in a body's word ("Salomon Brothers Inc"). */
    private Optional<ActorReference> bodyNamed(String body) {
        String bare = ProperNames.withoutArticle(body);
        return dictionary.named(bare).or(() -> organisation(bare).map(SpeakerPhrase.Organisation.class::cast)
                .map(found -> ActorReference.proposed(found.name(), ActorType.ORGANIZATION, found.affiliation())));
    }

    private static Optional<SpeakerPhrase> pronoun(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            // the possessives stand for their pronoun: "his warning about", "its bluntest ever warning about"
            case "he", "she", "i", "me", "my", "his", "her" -> Optional.of(new SpeakerPhrase.Pronoun(text, false, false));
            case "they", "we", "their", "our" -> Optional.of(new SpeakerPhrase.Pronoun(text, true, false));
            case "it", "its" -> Optional.of(new SpeakerPhrase.Pronoun(text, false, true));
            case "another", "one" -> Optional.of(new SpeakerPhrase.AnotherOfGroup(text));
            default -> Optional.empty();
        };
    }

    private Optional<SpeakerPhrase> description(String text) {
        return roles.roleAtEndOf(text).flatMap(role -> {
            String roleWords = text.substring(text.length() - role.noun().length());
            if (!roleWords.equals(role.noun()) && !isCapitalisedRole(text, roleWords, role)
                    && !(Character.isUpperCase(roleWords.charAt(0)) && text.equals(roleWords))) {
                return Optional.empty();
            }
            return describe(text, text.substring(0, text.length() - role.noun().length()).strip(), role);
        });
    }

    /**
     * "A senior U.S. Official", "The U.K. Government", "one U.S. Official", "U.S. Officials": a role written with a
     * capital after a determiner (a plural needs none) and words that are lower case or known names is still the role (wire copy capitalises at will);
     * a body's word so written belongs to the body's name ("The U.S. Embassy", "the Sunday Express").
     */
    private boolean isCapitalisedRole(String text, String roleWords, SpeakerRoles.Role role) {
        var determiner = DETERMINER.matcher(text);
        if (!roleWords.equalsIgnoreCase(role.noun()) || role.kind() == SpeakerRoles.Kind.INSTITUTION) {
            return false;
        }
        boolean determined = determiner.lookingAt() && determiner.end() <= text.length() - roleWords.length();
        if (!determined && !(role.isPlural() && text.length() > roleWords.length())) {
            return false;   // a plural needs no determiner ("U.S. Officials"); "Smith Officer" is a name
        }
        String between = text.substring(determined ? determiner.end() : 0, text.length() - roleWords.length());
        String unknown = blankOut(between, dictionary.mentionsIn(between));
        return unknown.isEmpty() || Arrays.stream(unknown.split("\\s+")).noneMatch(word -> Character.isUpperCase(word.charAt(0)));
    }

    private Optional<SpeakerPhrase> describe(String text, String beforeRole, SpeakerRoles.Role role) {
        String rest = beforeRole;
        boolean definite = false;
        var determiner = DETERMINER.matcher(rest + " ");
        if (determiner.find()) {
            definite = determiner.group(1).equalsIgnoreCase("the");
            rest = rest.substring(Math.min(rest.length(), determiner.end())).strip();
        }
        List<NameMatch> mentions = dictionary.mentionsIn(rest);
        ActorReference affiliation = mentions.isEmpty() ? null : mentions.get(0).actor();
        List<String> rank = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String word : blankOut(rest, mentions).split("\\s+")) {
            String lowerWord = word.toLowerCase(Locale.ROOT);
            if (rankModifiers.contains(lowerWord)) {
                rank.add(lowerWord);
            } else if (NAME_WORD.matcher(word).matches() && !word.endsWith("’s") && !word.endsWith("'s")) {
                names.add(word);
            } else if (NAME_WORD.matcher(word).matches()) {
                names.add(word.substring(0, word.length() - 2));
            }
        }
        if (role.kind() == SpeakerRoles.Kind.GOVERNMENT && affiliation != null) {
            return Optional.of(new SpeakerPhrase.NamedActor(text, affiliation));
        }
        String roleLower = role.noun().toLowerCase(Locale.ROOT);
        return Optional.of(new SpeakerPhrase.Description(text, definite, String.join(" ", rank), roleLower,
                role.singular(), role.isPlural(), role.kind(), String.join(" ", names), affiliation));
    }

    /**
     * "The New York Post", "Fox News": capitalised words ending in a word that names a body; "the Bank of England",
     * "the University of Chicago": such a word followed by "of" or "for" and a name.
     */
    private Optional<SpeakerPhrase> organisation(String text) {
        String bare = ProperNames.withoutArticle(text);
        String[] words = bare.split("\\s+");
        if (words.length > 2 && ProperNames.isPossessive(words[0])
                && dictionary.named(ProperNames.withoutPossessive(words[0])).isPresent()) {
            // "Sweden's Stora Kopparbergs Bergslags AB"; "Moody's Investors Service Inc" keeps its first word
            bare = bare.substring(words[0].length()).strip();
            words = Arrays.copyOfRange(words, 1, words.length);
        }
        boolean bodyOfName = bodyOfName(words) && Arrays.stream(words).noneMatch(this::isTitleWord);   // "… Governor Andrew Bailey"
        if (words.length < 2 || !ProperNames.isOrganisationWord(words[words.length - 1]) && !bodyOfName) {
            return Optional.empty();
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() && !Set.of("of", "for", "the", "and", "&", "on").contains(word)) {
                return Optional.empty();
            }
        }
        List<NameMatch> mentions = dictionary.mentionsIn(text);
        return Optional.of(new SpeakerPhrase.Organisation(text, bare, mentions.isEmpty() ? null : mentions.get(0).actor()));
    }

    /**
     * "lead manager Credit Suisse First Boston Ltd", "sole underwriter Salomon Brothers International", "bookrunner
     * Merrill Lynch Capital Markets": a body named after the part it plays, written in lower case before it; not a
     * person with a title.
     */
    private Optional<SpeakerPhrase> organisationInRole(String text) {
        Matcher role = ROLE_BEFORE_NAME.matcher(text);
        if (!role.matches()) {
            return Optional.empty();
        }
        String name = role.group(2);
        String[] words = name.split("\\s+");
        if (words.length < 2 || !ProperNames.endsBusinessName(words[words.length - 1])) {
            return Optional.empty();
        }
        List<NameMatch> mentions = dictionary.mentionsIn(name);
        return Optional.of(new SpeakerPhrase.Organisation(text, name, mentions.isEmpty() ? null : mentions.get(0).actor()));
    }

    /** "Bank of England", "Ministry of Defence", "Bank of New York Co": a body's word, then "of" or "for". */
    private static boolean bodyOfName(String[] words) {
        for (int i = 0; i + 2 < words.length; i++) {
            if (ProperNames.isOrganisationWord(words[i]) && (words[i + 1].equals("of") || words[i + 1].equals("for"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Undersecretary of Commerce Bruce Smart", "Governor of the Bank of England Robin Leigh-Pemberton": a title,
     * "of" and the body it is held in, then the holder's name: its last two words, three with a middle initial. The
     * body, or failing that a place named before the title ("White House Chief of Staff Howard Baker"), is the
     * person's affiliation.
     */
    private Optional<SpeakerPhrase> titleOfBodyThenName(String text) {
        if (hasListedTitleWithOf(text)) {
            return Optional.empty();   // a listed title ("Secretary of State", "Chancellor of the Exchequer") wins
        }
        Matcher of = TITLE_OF.matcher(text);
        while (of.find()) {
            String before = text.substring(0, of.start()).strip();
            String[] beforeWords = before.split("\\s+");
            String[] after = text.substring(of.end()).strip().split("\\s+");
            int nameWords = of.group().contains("the") ? holderNameWords(after)
                    : after.length - departmentLength(after);
            if (!isTitleWord(beforeWords[beforeWords.length - 1]) || after.length < nameWords + 1
                    || !Arrays.stream(after).allMatch(word -> NAME_WORD.matcher(word).matches() || word.equals("of")
                    || word.equals("and"))) {
                continue;
            }
            String body = String.join(" ", Arrays.asList(after).subList(0, after.length - nameWords));
            String name = String.join(" ", Arrays.asList(after).subList(after.length - nameWords, after.length));
            if (Arrays.stream(name.split(" ")).anyMatch(word -> isTitleWord(word) || ProperNames.isOrganisationWord(word)
                    || !isNameWord(word)) || body.endsWith(" of") || body.endsWith(" and")) {
                continue;
            }
            List<NameMatch> places = dictionary.mentionsIn(text.substring(0, text.length() - name.length()));
            ActorReference affiliation = bodyNamed(body).filter(found -> body.contains(" ") || found.status() == ActorStatus.CONFIRMED)
                    .orElse(places.isEmpty() ? null : places.get(0).actor());
            String title = (before.replaceFirst("^(?i)(the|a|an)\\s+", "") + " of " + body).toLowerCase(Locale.ROOT);
            return Optional.of(new SpeakerPhrase.PersonName(text, name, affiliation, title));
        }
        return Optional.empty();
    }

    /**
     * "Minister of State for Finance Damas Mbogoro", "Secretary of State for Trade Paul Channon": a title held for a
     * department, then the holder's name, its last two words (three with a middle initial). The title keeps the
     * department: "minister of state for finance".
     */
    private Optional<SpeakerPhrase> titleForDepartmentThenName(String text) {
        Matcher title = TITLE_FOR_DEPARTMENT.matcher(text);
        if (!isHeldTitle(title)) {
            return Optional.empty();
        }
        String[] after = title.group(2).split("\\s+");
        int nameWords = holderNameWords(after);
        if (after.length < nameWords + 1 || !Arrays.stream(after).allMatch(word -> NAME_WORD.matcher(word).matches()
                || word.equals("and") || word.equals("of") || word.equals("the"))) {
            return Optional.empty();
        }
        List<String> department = Arrays.asList(after).subList(0, after.length - nameWords);
        List<String> name = Arrays.asList(after).subList(after.length - nameWords, after.length);
        String last = department.get(department.size() - 1);
        if (last.equals("and") || last.equals("of") || last.equals("the")
                || name.stream().anyMatch(word -> isTitleWord(word) || ProperNames.isOrganisationWord(word) || !isNameWord(word))) {
            return Optional.empty();
        }
        String holder = String.join(" ", name);
        List<NameMatch> places = dictionary.mentionsIn(text.substring(0, text.length() - holder.length()));
        String held = (title.group(1) + " for " + String.join(" ", department)).toLowerCase(Locale.ROOT);
        return Optional.of(new SpeakerPhrase.PersonName(text, holder, places.isEmpty() ? null : places.get(0).actor(), held));
    }

    /** A title held for a department that ends the phrase: "Secretary of State for Trade and Industry". */
    private boolean endsInDepartment(String text) {
        Matcher title = TITLE_FOR_DEPARTMENT.matcher(text);
        if (!isHeldTitle(title)) {
            return false;
        }
        String[] department = title.group(2).split("\\s+");
        return department.length == 3 && department[1].equals("and");
    }

    /** Whether {@link #TITLE_FOR_DEPARTMENT} matches with a title before "for" ("Secretary" of "Under-Secretary"). */
    private boolean isHeldTitle(Matcher title) {
        if (!title.matches()) {
            return false;
        }
        String titleWord = lastWord(title.group(1).replaceFirst("\\s+of\\s+State$", ""));
        return isTitleWord(titleWord.substring(titleWord.lastIndexOf('-') + 1));
    }

    /**
     * How many of the last words name the holder after a title and its body or department: two, three with a middle
     * initial ("John F. Smith").
     */
    static int holderNameWords(String[] words) {
        return words.length >= 4 && words[words.length - 2].matches("\\p{Lu}\\.") ? 3 : 2;
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.split("\\s+");
        return words[words.length - 1];
    }

    /** Whether the phrase holds a listed title with "of" in it ("Secretary of State", "Chancellor of the Exchequer"). */
    private boolean hasListedTitleWithOf(String text) {
        return titlesLongestFirst.stream().anyMatch(title -> title.contains(" of ") && text.contains(title));
    }

    /**
     * How many words a ministry's short name takes at the start of {@code words}: "Commerce", "Foreign Affairs",
     * "Trade and Industry"; one unless its next words continue it.
     */
    private static int departmentLength(String[] words) {
        int length = 1;
        while (length < words.length && (DEPARTMENT_CONTINUATIONS.contains(words[length])
                || words[length].equals("and") && length + 1 < words.length)) {
            length += words[length].equals("and") ? 2 : 1;
        }
        return length;
    }

    /** "John Kasich of Ohio": a name followed by where the person is from names the person. */
    private Optional<SpeakerPhrase> personName(String text) {
        if (endsInDepartment(text)) {
            return Optional.empty();   // "The Secretary of State for Trade and Industry": no one called Industry
        }
        Optional<SpeakerPhrase> titled = titleForDepartmentThenName(text).or(() -> titleOfBodyThenName(text));
        if (titled.isPresent()) {
            return titled;
        }
        Matcher origin = PERSON_FROM_PLACE.matcher(text);
        boolean titleWithOf = hasListedTitleWithOf(text);
        boolean titleInPlace = origin.matches() && Arrays.stream(text.substring(origin.end(1)).split("\\s+"))
                .anyMatch(this::isTitleWord);   // "Bank of England Governor Andrew Bailey": no person from a place
        if (origin.matches() && !titleWithOf && !titleInPlace) {
            Optional<SpeakerPhrase> person = titledName(origin.group(1));
            if (person.isPresent()) {
                return person;
            }
        }
        return titledName(text);
    }

    /** A trailing run of capitalised words after optional titles and descriptive words. */
    private Optional<SpeakerPhrase> titledName(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        int runStart = words.size();
        while (runStart > 0 && (isNameWord(words.get(runStart - 1)) || NAME_PARTICLES.contains(words.get(runStart - 1))
                && runStart < words.size())) {
            runStart--;
        }
        if (runStart == words.size()) {
            return Optional.empty();
        }
        for (int word = words.size() - 2; word >= runStart; word--) {
            if (ProperNames.isPossessive(words.get(word))) {
                runStart = word + 1;   // "Forbes’s Brian Caulfield": the person is after the possessor
                break;
            }
        }
        String prefix = String.join(" ", words.subList(0, runStart));
        String run = String.join(" ", words.subList(runStart, words.size()));
        for (String candidate : titlesLongestFirst) {
            // "Secretary of State Antony Blinken": the run of names stops at "of", inside the title
            int at = (prefix + " " + run).indexOf(candidate + " ");
            if (!prefix.isEmpty() && at >= 0 && at <= prefix.length() && at + candidate.length() > prefix.length()) {
                String whole = prefix + " " + run;
                prefix = whole.substring(0, at).strip();
                run = whole.substring(at).strip();
                break;
            }
        }
        String title = null;
        boolean titled = false;
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            List<NameMatch> leading = dictionary.mentionsIn(run);
            if (!leading.isEmpty() && leading.get(0).start() == 0 && leading.get(0).end() < run.length()) {
                prefix = (prefix + " " + run.substring(0, leading.get(0).end())).strip();
                run = run.substring(leading.get(0).end()).strip();
                stripped = true;
                continue;
            }
            for (String candidate : titlesLongestFirst) {
                if (run.startsWith(candidate + " ")) {
                    title = candidate.toLowerCase(Locale.ROOT);
                    prefix = (prefix + " " + candidate).strip();
                    run = run.substring(candidate.length()).strip();
                    titled = true;
                    stripped = true;
                    break;
                }
            }
        }
        Optional<Integer> titleEnd = lastTitleInside(run);
        if (titleEnd.isPresent()) {
            // "Federal Reserve Chair Jerome Powell": the body's name and the title stand before the person's name
            String[] runWords = run.split("\\s+");
            String upToTitle = String.join(" ", Arrays.asList(runWords).subList(0, titleEnd.get()));
            title = titlesLongestFirst.stream().filter(t -> upToTitle.equals(t) || upToTitle.endsWith(" " + t))
                    .findFirst().orElse(runWords[titleEnd.get() - 1]).toLowerCase(Locale.ROOT);   // "Leader" of "… Leader"
            prefix = (prefix + " " + upToTitle).strip();
            run = String.join(" ", Arrays.asList(runWords).subList(titleEnd.get(), runWords.length));
            titled = true;
        }
        String titlePrefix = prefix;
        if (prefix.endsWith(" for") && titlesLongestFirst.stream().anyMatch(t -> titlePrefix.startsWith(t + " ")
                || titlePrefix.contains(" " + t + " "))) {
            return Optional.empty();   // "Secretary of State for Trade": the title's portfolio, nobody's name
        }
        List<String> nameWords = Arrays.asList(run.split("\\s+"));
        boolean particleFirst = nameWords.size() > 1 && NAME_PARTICLES.contains(nameWords.get(0));   // "bin Laden said"
        if (nameWords.size() > 4 || nameWords.stream().anyMatch(NOT_NAMES::contains)
                || nameWords.size() == 1 && MONTHS.contains(nameWords.get(0))
                || !isNameWord(nameWords.get(0)) && !particleFirst
                || isTitleWord(nameWords.get(nameWords.size() - 1)) && !endsInSurnameTitle(nameWords, prefix, titled)) {
            return Optional.empty();
        }
        if (nameWords.size() == 1 && ProperNames.isOrganisationWord(run)) {
            return Optional.of(new SpeakerPhrase.Organisation(text, run, null));
        }
        List<NameMatch> runMentions = titled ? List.of() : dictionary.mentionsIn(run);
        if (prefix.isEmpty() && !runMentions.isEmpty()) {
            return Optional.empty();
        }
        if (runMentions.size() == 1 && runMentions.get(0).start() == 0 && runMentions.get(0).end() == run.length()) {
            return headBeforePlace(prefix, runMentions.get(0).actor());   // the whole run is one known place or body
        }
        Optional<SpeakerRoles.Role> prefixRole = prefix.isEmpty() ? Optional.empty() : roles.roleAtEndOf(prefix);
        if (!titled && nameWords.size() == 1 && prefixRole.filter(role -> role.kind() == SpeakerRoles.Kind.INSTITUTION
                && !role.isPlural()).isPresent()) {
            // "the EC statistics agency Eurostat": a body's description before a name names a body
            List<NameMatch> affiliations = dictionary.mentionsIn(prefix);
            return Optional.of(new SpeakerPhrase.Organisation(text, run, affiliations.isEmpty() ? null
                    : affiliations.get(0).actor(), prefixRole.get().singular()));
        }
        if (!prefix.isEmpty() && title == null) {
            title = prefixRole.map(SpeakerRoles.Role::singular).orElse(null);
        }
        if (prefix.equalsIgnoreCase("the") && nameWords.size() == 1) {
            return Optional.of(new SpeakerPhrase.Organisation(text, run, null));
        }
        List<NameMatch> affiliations = dictionary.mentionsIn(prefix);
        String name = run.replaceAll("[’']s$", "");
        return Optional.of(new SpeakerPhrase.PersonName(text, name, affiliations.isEmpty() ? null : affiliations.get(0).actor(),
                title));
    }

    /**
     * "Maritime safety experts in London", "the counselor in Belgrade", "one of the largest U.S.": a place or body the
     * dictionary knows after other words is nobody's name. After "in", "at" or "from" it says where the speaker
     * named before it is, and that speaker is affiliated with it; otherwise the phrase names no speaker.
     */
    private Optional<SpeakerPhrase> headBeforePlace(String prefix, ActorReference place) {
        Matcher located = PLACE_PREPOSITION.matcher(prefix);
        if (!located.find() || located.start() == 0) {
            return Optional.empty();
        }
        return parse(prefix.substring(0, located.start())).map(head -> head instanceof SpeakerPhrase.Description description
                && description.affiliation() == null ? description.withAffiliation(place) : head);
    }

    /**
     * The number of words of the run up to and including the last title word that has name words after it ("Chair"
     * in "Federal Reserve Chair Jerome Powell" gives 3), empty when no title stands inside the run. "King" in "Martin
     * Luther King Jr." has only a particle after it: a surname.
     */
    private Optional<Integer> lastTitleInside(String run) {
        String[] words = run.split("\\s+");
        boolean nameAfter = false;
        for (int end = words.length - 1; end >= 1; end--) {
            nameAfter |= !NAME_PARTICLES.contains(words[end]);
            if (nameAfter && isTitleWord(words[end - 1])) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    /**
     * "Stephen King", "Carole King": a title word that is also a surname, after a name word that is no title; or
     * that word alone, with nothing or only an honorific before it ("King said", "Mr. King said"; the speaker
     * memory resolves a bare "King" to an earlier King of the article or leaves it unresolved; "the King said" is
     * no name).
     */
    private boolean endsInSurnameTitle(List<String> nameWords, String prefix, boolean titled) {
        int last = nameWords.size() - 1;
        if (!ProperNames.isSurnameTitle(nameWords.get(last))) {
            return false;
        }
        return last == 0 ? prefix.isEmpty() && !titled || HONORIFICS.contains(prefix) : !isTitleWord(nameWords.get(last - 1));
    }

    /** "Secretary" in "Treasury Secretary": a title is not a name. */
    private boolean isTitleWord(String word) {
        return titlesLongestFirst.stream().anyMatch(title -> title.equals(word) || title.endsWith(" " + word));
    }

    private static boolean isNameWord(String word) {
        return NAME_WORD.matcher(word).matches() && !NOT_NAMES.contains(word);
    }

    private static String blankOut(String text, List<NameMatch> mentions) {
        StringBuilder blanked = new StringBuilder(text);
        for (NameMatch mention : mentions) {
            for (int i = mention.start(); i < mention.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString().strip();
    }
}
