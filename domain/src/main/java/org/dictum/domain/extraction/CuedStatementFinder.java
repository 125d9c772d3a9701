package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;

/**
 * Finds the statements that a cue introduces, any number per sentence: "X said (that) …", "…, X said (Saturday).",
 * "…, said X.", "The plan, X said, is dead.", "…, saying …", "according to X, …" and "…, according to X."; the
 * speaker may carry an apposition ("Peskov, a Kremlin spokesman, said"). The content may be a quotation, also
 * one that runs over several sentences or paragraphs ("“… . …,” he said."), or contain one ("said the plan was
 * “dead on arrival”"); a content that is exactly one quotation makes a direct quote, anything else reported speech.
 * Cue words inside quotations are the quoted person's words and are not cues here.
 */
final class CuedStatementFinder {

    static final int MIN_CONTENT_WORDS = 3;
    /** "defended his mother": a speech act's object may be short. */
    static final int MIN_OBJECT_WORDS = 2;
    /** "According to interviews with more than a half-dozen of Cruz’s friends": a long source, but not a clause. */
    private static final int MAX_SOURCE_TOKENS = 15;
    private static final int MAX_COLON_SPEAKER_TOKENS = 4;
    private static final Set<String> NAME_JOINERS = Set.of("of", "de", "van", "von", "and", "&");
    /** Words that open no speaker's name before a colon ("The bottom line:", "Why:"), besides labels' words. */
    private static final Set<String> NOT_COLON_SPEAKERS = Set.of("q", "a", "more", "see", "also", "by", "from", "to",
            "full", "partial", "live", "latest", "the", "this", "here", "why", "how", "what", "who", "when", "where",
            "poll", "polls", "report", "study", "survey", "ap", "reuters", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "me", "hi", "hello", "dear", "hey");
    private static final Set<String> INTRODUCTORY_WORDS = Set.of("while", "although", "though", "as", "when", "if",
            "because", "since", "after", "before", "despite", "unlike", "in", "on", "at", "for", "with", "during",
            "until", "once", "whereas");
    private static final Set<String> SIBLING_CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "although",
            "though", "as", "because", "since", "yet", "so");

    private enum Direction { CONTENT_AFTER, CONTENT_BEFORE, CONTENT_AROUND, CONTENT_IN_NEXT_SENTENCE }

    /** An attribution found in a sentence before its content is delimited; token indices of the sentence. */
    private record Attribution(SpeakerLocator.Located speaker, int cueFrom, int cueTo, Direction direction,
                               int contentFrom, int attributionFrom, int attributionTo, CueStyle style,
                               boolean objectContent) {

        Attribution(SpeakerLocator.Located speaker, int cueFrom, int cueTo, Direction direction, int contentFrom,
                    int attributionFrom, int attributionTo, CueStyle style) {
            this(speaker, cueFrom, cueTo, direction, contentFrom, attributionFrom, attributionTo, style, false);
        }

        Attribution withObjectContent(boolean object) {
            return new Attribution(speaker, cueFrom, cueTo, direction, contentFrom, attributionFrom, attributionTo, style, object);
        }
    }

    private final Tokenizer tokenizer;
    private final CueLexicon cues;
    private final SpeakerLocator locator;
    private final SpeakerPhraseParser speakers;

    CuedStatementFinder(Tokenizer tokenizer, CueLexicon cues, SpeakerLocator locator, SpeakerPhraseParser speakers) {
        this.tokenizer = tokenizer;
        this.cues = cues;
        this.locator = locator;
        this.speakers = speakers;
    }

    List<SpeechCandidate> find(String text, List<Sentence> sentences, List<QuotedSpan> quotes) {
        return find(text, sentences, quotes, tokenizer.tokens(text, 0, text.length()));
    }

    /** @param textTokens the tokens of the whole text, reused sentence by sentence */
    List<SpeechCandidate> find(String text, List<Sentence> sentences, List<QuotedSpan> quotes, List<Token> textTokens) {
        List<SpeechCandidate> found = new ArrayList<>();
        List<List<Token>> tokensBySentence = Sentence.tokensOf(sentences, textTokens);
        SortedQuotes sortedQuotes = new SortedQuotes(quotes);
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            Sentence next = s + 1 < sentences.size() ? sentences.get(s + 1) : null;
            List<Token> tokens = Datelines.withoutDateline(text, tokensBySentence.get(s));
            if (!tokens.isEmpty()) {
                // only the quotations touching the sentence or the next one (a content may be the next sentence)
                List<QuotedSpan> near = sortedQuotes.overlapping(sentence.start(), next == null ? sentence.end() : next.end());
                List<SpeechCandidate> inSentence = inSentence(text, sentence, next, near, tokens);
                Optional<QuotedSpan> unclosed = near.stream()
                        .filter(quote -> quote.start() == tokens.get(0).start() && quote.end() == quote.innerEnd())
                        .findFirst();
                if (inSentence.isEmpty() && unclosed.isPresent()) {
                    // "“We will not back down, the minister said on Tuesday.": a quotation never closed may have
                    // swallowed its own attribution; its words are looked at as if the mark were not there
                    inSentence = inSentence(text, sentence, next,
                            near.stream().filter(quote -> quote != unclosed.get()).toList(), tokens);
                }
                found.addAll(inSentence);
            }
        }
        return found;
    }

    private List<SpeechCandidate> inSentence(String text, Sentence sentence, Sentence next, List<QuotedSpan> quotes,
                                             List<Token> tokens) {
        boolean[] quoted = quotedTokens(tokens, quotes);
        List<Attribution> attributions = new ArrayList<>();
        colonAttribution(tokens).filter(colon -> !quoted[0]).ifPresent(attributions::add);
        for (int i = attributions.isEmpty() ? 0 : attributions.get(0).cueTo(); i < tokens.size(); i++) {
            if (quoted[i]) {
                continue;
            }
            int floor = attributions.isEmpty() ? 0 : attributions.get(attributions.size() - 1).cueTo();
            int index = i;
            Optional<Attribution> found = accordingTo(tokens, index, floor)
                    .or(() -> cueAt(text, tokens, index, floor, attributions));
            if (found.isPresent()) {
                boolean object = cues.at(tokens, index).map(match -> match.verb().objectContent()).orElse(false);
                attributions.add(found.get().withObjectContent(object));
                i = found.get().cueTo() - 1;
            }
        }
        List<SpeechCandidate> candidates = new ArrayList<>();
        for (int a = 0; a < attributions.size(); a++) {
            candidate(text, sentence, next, tokens, attributions, a, quotes).ifPresent(candidates::add);
        }
        return candidates;
    }

    private Optional<Attribution> cueAt(String text, List<Token> tokens, int i, int floor, List<Attribution> earlier) {
        Optional<CueLexicon.Match> match = cues.at(tokens, i);
        if (match.isEmpty() || !CueUsage.isSpeechUse(tokens, match.get())
                || match.get().verb().objectContent() && match.get().baseForm() && !infinitiveFollows(tokens, match.get())) {
            return Optional.empty();
        }
        CueLexicon.Match cue = match.get();
        int limit = tokens.size();
        CueStyle style = cue.verb().thought() ? CueStyle.THOUGHT : CueStyle.SPEAKER_FIRST;
        if (cue.participle() && !CuePhrases.isProgressive(tokens, cue.from())) {
            return participle(text, tokens, cue, earlier);
        }
        Optional<SpeakerLocator.Located> before = coordinatedWithEarlier(tokens, cue, earlier)
                .or(() -> locator.before(text, tokens, floor, cue.from())
                .filter(speaker -> !cue.baseForm() || CueUsage.afterAuxiliary(tokens, cue.from()) || CueUsage.isPlural(tokens, speaker)));
        if (before.isEmpty() && cue.baseForm() && !isInvertedPosition(tokens, cue)) {
            return Optional.empty();
        }
        if (before.isPresent()) {
            SpeakerLocator.Located speaker = before.get();
            int adjunctsEnd = CueComplement.afterAdjuncts(text, tokens, cue.verb().takesHearer()
                    ? CueComplement.afterHearer(tokens, cue.to(), limit) : cue.to(), limit);
            boolean afterQuote = followsQuotation(tokens, speaker.from());
            boolean afterComma = afterQuote || speaker.from() > 0 && tokens.get(speaker.from() - 1).text().equals(",");
            boolean contentBefore = afterComma && !onlyConnectivesBefore(tokens, floor, speaker.from());
            CueStyle tailStyle = cue.verb().thought() ? CueStyle.THOUGHT : CueStyle.SPEAKER_AFTER_CONTENT;
            if (contentBefore && !afterQuote && CueComplement.isParenthetical(tokens, adjunctsEnd, limit)) {
                return Optional.of(new Attribution(speaker, cue.from(), cue.to(), Direction.CONTENT_AROUND, -1,
                        speaker.from(), adjunctsEnd, tailStyle));
            }
            boolean quoteFollows = opensQuotationAfterPunctuation(tokens, adjunctsEnd, limit);
            boolean tailAllowed = !cue.verb().objectContent();
            if (tailAllowed && contentBefore && (afterQuote || !quoteFollows) && CueComplement.endsClause(tokens, adjunctsEnd, limit)) {
                return Optional.of(new Attribution(speaker, cue.from(), cue.to(), Direction.CONTENT_BEFORE, -1,
                        speaker.from(), adjunctsEnd, tailStyle));
            }
            if (tailAllowed && contentBefore && closedQuotationBefore(tokens, speaker.from()) && !quoteFollows
                    && !CueComplement.startsClauseContent(tokens, adjunctsEnd, limit)) {
                // "“…,” Trump said last week." / "… said after the hearing.": the quotation is the content; the rest
                // of the sentence belongs to the attribution (where its date is looked for), not to a content
                return Optional.of(new Attribution(speaker, cue.from(), cue.to(), Direction.CONTENT_BEFORE, -1,
                        speaker.from(), limit, tailStyle));
            }
            int content = CueComplement.contentStart(text, tokens, cue, limit, locator.isDocument(tokens, speaker));
            if (content >= 0) {
                return Optional.of(new Attribution(speaker, cue.from(), cue.to(), Direction.CONTENT_AFTER, content,
                        speaker.from(), content, style));
            }
            if (endsWithColon(tokens)) {
                return Optional.of(new Attribution(speaker, cue.from(), cue.to(), Direction.CONTENT_IN_NEXT_SENTENCE,
                        -1, speaker.from(), limit, style));
            }
            return Optional.empty();
        }
        return inverted(text, tokens, cue);
    }

    /**
     * "Trump tweeted that A and urged B", "Ryan said A, and suggested B": a cue right after "and"/"but" inside the
     * content of the sentence's previous attribution is a second verb of the same speaker, not a verb of the
     * content's subject.
     */
    private static Optional<SpeakerLocator.Located> coordinatedWithEarlier(List<Token> tokens, CueLexicon.Match cue,
                                                                          List<Attribution> earlier) {
        if (earlier.isEmpty() || cue.from() < 2 || cue.participle() || cue.baseForm()) {
            return Optional.empty();
        }
        Attribution previous = earlier.get(earlier.size() - 1);
        boolean afterConjunction = tokens.get(cue.from() - 1).is("and") || tokens.get(cue.from() - 1).is("but");
        boolean insidePreviousContent = previous.direction() == Direction.CONTENT_AFTER
                && cue.from() - 1 > previous.contentFrom();
        return afterConjunction && insidePreviousContent ? Optional.of(previous.speaker()) : Optional.empty();
    }

    /** "Democrats want to …": a base form that takes an infinitive is a verb, not a noun ("the want of"). */
    private static boolean infinitiveFollows(List<Token> tokens, CueLexicon.Match cue) {
        return cue.verb().takesInfinitive() && cue.to() < tokens.size() && tokens.get(cue.to()).is("to");
    }

    /** "…, said Foreign Minister Sergei Lavrov on Monday." */
    private Optional<Attribution> inverted(String text, List<Token> tokens, CueLexicon.Match cue) {
        if (cue.from() == 0 || !(tokens.get(cue.from() - 1).text().equals(",") || tokens.get(cue.from() - 1).isQuoteMark())) {
            return Optional.empty();
        }
        int limit = tokens.size();
        int speakerFrom = CuePhrases.afterTimePhrase(text, tokens, cue.to(), limit);
        return locator.after(tokens, speakerFrom, limit)
                .filter(speaker -> !cue.baseForm() || CueUsage.isPlural(tokens, speaker))
                .flatMap(speaker -> {
            int end = CueComplement.afterAdjuncts(text, tokens, speaker.to(), limit);
            if (!CueComplement.endsClause(tokens, end, limit)) {
                return Optional.empty();
            }
            if (end + 1 < limit && tokens.get(end).text().equals(",")) {
                // "said Smith, a backbencher, on Wednesday": the cue's adjunct after the apposition dates it too
                int adjunctEnd = CueComplement.afterAdjuncts(text, tokens, end + 1, limit);
                if (adjunctEnd > end + 1 && CueComplement.endsClause(tokens, adjunctEnd, limit)) {
                    end = adjunctEnd;
                }
            }
            return Optional.of(new Attribution(speaker, cue.from(), cue.to(), Direction.CONTENT_BEFORE, -1,
                    cue.from(), end, CueStyle.INVERTED));
        });
    }

    /** "…, saying …" / "…, adding that …": the speaker is the earlier speaker of the sentence or its subject. */
    private Optional<Attribution> participle(String text, List<Token> tokens, CueLexicon.Match cue, List<Attribution> earlier) {
        if (cue.from() == 0 || !(tokens.get(cue.from() - 1).text().equals(",") || tokens.get(cue.from() - 1).isQuoteMark())) {
            return Optional.empty();
        }
        int content = CueComplement.contentStart(text, tokens, cue, tokens.size());
        if (content < 0) {
            return Optional.empty();
        }
        Optional<SpeakerLocator.Located> speaker = earlier.isEmpty()
                ? locator.clauseSubject(text, tokens, 0, cue.from())
                : Optional.ofNullable(earlier.get(earlier.size() - 1).speaker());
        return speaker.map(located -> new Attribution(located, cue.from(), cue.to(), Direction.CONTENT_AFTER, content,
                cue.from(), content, CueStyle.PARTICIPLE));
    }

    /** "According to X, …", "…, according to X." and "X, according to Y, is …". */
    private Optional<Attribution> accordingTo(List<Token> tokens, int i, int floor) {
        if (i + 2 >= tokens.size() || !tokens.get(i).is("according") || !tokens.get(i + 1).is("to")) {
            return Optional.empty();
        }
        int limit = i + 2;
        while (limit < tokens.size() && !",.;:".contains(tokens.get(limit).text())) {
            limit++;
        }
        int end = limit;
        while (end > i + 2 && !tokens.get(end - 1).isWord()) {
            end--;
        }
        if (end == i + 2 || end - (i + 2) > MAX_SOURCE_TOKENS) {
            return Optional.empty();
        }
        SpeakerLocator.Located head = locator.after(tokens, i + 2, limit)
                .orElse(SpeakerLocator.Located.plain(i + 2, end));
        SpeakerLocator.Located speaker = new SpeakerLocator.Located(i + 2, Math.max(end, head.to()), head.coreFrom(),
                head.coreTo());
        boolean opensSentence = onlyConnectivesBefore(tokens, floor, i);
        boolean commaAfter = speaker.to() < tokens.size() && tokens.get(speaker.to()).text().equals(",");
        if (opensSentence || commaAfter && afterIntroductoryClause(tokens, floor, i)) {
            return commaAfter
                    ? Optional.of(new Attribution(speaker, i, i + 2, Direction.CONTENT_AFTER, speaker.to() + 1, i,
                    speaker.to() + 1, CueStyle.ACCORDING_TO))
                    : Optional.empty();
        }
        Direction direction = CueComplement.endsClause(tokens, speaker.to(), tokens.size())
                ? Direction.CONTENT_BEFORE : Direction.CONTENT_AROUND;
        return Optional.of(new Attribution(speaker, i, i + 2, direction, -1, i, speaker.to(), CueStyle.ACCORDING_TO));
    }

    /** "While most were classified, according to an official, two were secret": the first clause only sets the scene. */
    private static boolean afterIntroductoryClause(List<Token> tokens, int floor, int according) {
        int start = floor;
        while (start < according && CuePhrases.CONNECTIVES.contains(tokens.get(start).lower())
                && !INTRODUCTORY_WORDS.contains(tokens.get(start).lower())) {
            start++;
        }
        return start < according && INTRODUCTORY_WORDS.contains(tokens.get(start).lower())
                && tokens.get(according - 1).text().equals(",");
    }

    /**
     * "Name: words" opening a sentence, as in headlines inside the text ("Reid: ‘Never underestimate Trump.’") and
     * transcripts ("JAKE TAPPER: Donald Trump released a video").
     */
    private Optional<Attribution> colonAttribution(List<Token> tokens) {
        int colon = 0;
        while (colon < tokens.size() && colon <= MAX_COLON_SPEAKER_TOKENS && !tokens.get(colon).text().equals(":")) {
            colon++;
        }
        if (colon == 0 || colon > MAX_COLON_SPEAKER_TOKENS || colon + 1 >= tokens.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            Token token = tokens.get(i);
            boolean nameWord = token.isWord() && (token.isCapitalised() || NAME_JOINERS.contains(token.text()));
            if (!nameWord || NOT_COLON_SPEAKERS.contains(token.lower())) {
                return Optional.empty();
            }
        }
        if (!tokens.get(colon - 1).isCapitalised() || CueUsage.isLabelBeforeColon(tokens, 0, colon)) {
            return Optional.empty();
        }
        SpeakerLocator.Located speaker = SpeakerLocator.Located.plain(0, colon);
        return Optional.of(new Attribution(speaker, colon, colon + 1, Direction.CONTENT_AFTER, colon + 1, 0, colon + 1,
                CueStyle.COLON));
    }

    private Optional<SpeechCandidate> candidate(String text, Sentence sentence, Sentence next, List<Token> tokens,
                                                List<Attribution> attributions, int index, List<QuotedSpan> quotes) {
        Attribution attribution = attributions.get(index);
        int leftLimit = leftLimit(attributions, index);
        int start;
        int end;
        switch (attribution.direction()) {
            case CONTENT_AFTER -> {
                if (attribution.contentFrom() >= tokens.size()) {
                    return Optional.empty();
                }
                start = tokens.get(attribution.contentFrom()).start();
                int endToken = ContentBoundary.end(tokens, attribution.contentFrom(),
                        contentEndToken(tokens, attributions, index), quotedTokens(tokens, quotes), attribution.objectContent());
                end = tokens.get(endToken - 1).end();
            }
            case CONTENT_BEFORE -> {
                if (attribution.attributionFrom() <= leftLimit) {
                    return Optional.empty();
                }
                start = tokens.get(leftLimit).start();
                Token last = tokens.get(attribution.attributionFrom() - 1);
                end = last.isQuoteMark() ? last.end() : last.start();
            }
            case CONTENT_AROUND -> {
                if (attribution.attributionFrom() <= leftLimit) {
                    return Optional.empty();
                }
                start = tokens.get(leftLimit).start();
                end = tokens.get(contentEndToken(tokens, attributions, index) - 1).end();
            }
            default -> {
                if (next == null) {
                    return Optional.empty();
                }
                start = next.start();
                end = next.end();
            }
        }
        Optional<QuotedSpan> quoteAtStart = quotes.stream().filter(quote -> quote.start() == start).findFirst();
        int quoteStart = start;
        int quoteEnd = end;
        for (QuotedSpan quote : quotes) {
            if (quote.start() < end && end <= quote.end() && quote.start() < quoteStart) {
                quoteStart = quote.start();
            }
        }
        if (quoteAtStart.isPresent() && quoteAtStart.get().end() > end) {
            quoteEnd = quoteAtStart.get().end();
        }
        // the date words of a later attribution are its own: "A said yesterday that …, and B said on Monday that …"
        int attributionStart = index == 0 ? tokens.get(0).start()
                : tokens.get(Math.min(attribution.attributionFrom(), attribution.speaker().from())).start();
        return statement(text, attributionStart, tokens, attribution, quoteStart, quoteEnd, quotes);
    }

    private Optional<SpeechCandidate> statement(String text, int attributionStart, List<Token> tokens, Attribution attribution,
                                                int rawStart, int rawEnd, List<QuotedSpan> quotes) {
        if (rawEnd <= rawStart) {
            return Optional.empty();
        }
        int start = trimStart(text, rawStart, rawEnd);
        int end = trimEnd(text, start, rawEnd);
        Optional<QuotedSpan> wholeQuote = quotes.stream()
                .filter(quote -> quote.start() == start && quote.end() >= end)
                .findFirst();
        StatementKind kind = StatementKind.REPORTED_SPEECH;
        int contentStart = start;
        int contentEnd = end;
        if (wholeQuote.isPresent()) {
            kind = StatementKind.DIRECT_QUOTE;
            contentStart = trimStart(text, wholeQuote.get().innerStart(), wholeQuote.get().innerEnd());
            contentEnd = trimQuoteEnd(text, contentStart, wholeQuote.get().innerEnd());
        } else {
            // "We will not back down,” the minister said" and "“We will not back down, the minister said": a mark that
            // closes or opens no quotation is no part of the content, which is still the speaker's words as quoted
            int contentFrom = contentStart;
            int contentTo = contentEnd;
            if (contentTo > contentStart && isQuoteMark(text.charAt(contentTo - 1))
                    && quotes.stream().noneMatch(quote -> quote.end() == contentTo)) {
                contentEnd = trimEnd(text, contentStart, contentTo - 1);
                kind = StatementKind.DIRECT_QUOTE;
            } else if (contentFrom < contentTo && isQuoteMark(text.charAt(contentFrom))
                    && quotes.stream().noneMatch(quote -> quote.start() == contentFrom)
                    && text.substring(contentFrom + 1, contentTo).chars().noneMatch(c -> isQuoteMark((char) c))) {
                contentStart = trimStart(text, contentFrom + 1, contentTo);
                kind = StatementKind.DIRECT_QUOTE;
            }
        }
        int minimumWords = attribution.objectContent() ? MIN_OBJECT_WORDS : MIN_CONTENT_WORDS;
        if (CuePhrases.wordCount(text.substring(contentStart, contentEnd)) < minimumWords) {
            return Optional.empty();
        }
        SpeakerLocator.Located located = attribution.speaker();
        Token speakerFirst = tokens.get(located.from());
        Token speakerLast = tokens.get(located.to() - 1);
        String mention = text.substring(speakerFirst.start(), speakerLast.end());
        String core = text.substring(tokens.get(located.coreFrom()).start(), tokens.get(located.coreTo() - 1).end());
        SpeakerPhrase speaker = speakers.classify(mention, core, apposition(text, tokens, located));
        int cueStart = tokens.get(attribution.cueFrom()).start();
        int cueEnd = tokens.get(attribution.cueTo() - 1).end();
        CueStyle style = kind == StatementKind.DIRECT_QUOTE && attribution.style() != CueStyle.THOUGHT
                ? CueStyle.QUOTE_WITH_CUE : attribution.style();
        int attributionEnd = Math.max(cueEnd, Math.max(speakerLast.end(),
                tokens.get(Math.min(attribution.attributionTo(), tokens.size()) - 1).end()));
        if (attribution.direction() == Direction.CONTENT_AFTER || attribution.direction() == Direction.CONTENT_IN_NEXT_SENTENCE) {
            attributionEnd = Math.max(cueEnd, speakerLast.end());
        }
        return Optional.of(new SpeechCandidate(kind, speaker, text.substring(cueStart, cueEnd), contentStart, contentEnd,
                attributionText(text, attributionStart, tokens, attribution), style,
                new TextSpan(speakerFirst.start(), speakerLast.end()), new TextSpan(cueStart, cueEnd), attributionEnd));
    }

    /** The words of the mention that are not its core: "a Kremlin spokesman" in "Peskov, a Kremlin spokesman". */
    static String apposition(String text, List<Token> tokens, SpeakerLocator.Located located) {
        if (located.coreFrom() == located.from() && located.coreTo() == located.to()) {
            return null;
        }
        int from = located.coreFrom() == located.from() ? located.coreTo() : located.from();
        int to = located.coreFrom() == located.from() ? located.to() : located.coreFrom();
        return from < to ? text.substring(tokens.get(from).start(), tokens.get(to - 1).end()) : null;
    }

    /**
     * The words around the cue where the statement's date is looked for, never its content; for content after the cue
     * the words before the attribution from {@code attributionStart} on too: a sentence-opening "On Monday," for the
     * sentence's first attribution (a later one's words before it are an earlier statement's content).
     */
    private static String attributionText(String text, int attributionStart, List<Token> tokens, Attribution attribution) {
        int from = Math.min(attribution.attributionFrom(), attribution.speaker().from());
        int to = Math.max(attribution.cueTo(), Math.min(attribution.attributionTo(), tokens.size()));
        int start = attribution.direction() == Direction.CONTENT_AFTER || attribution.direction() == Direction.CONTENT_IN_NEXT_SENTENCE
                ? attributionStart : tokens.get(from).start();
        return text.substring(Math.min(start, tokens.get(from).start()), tokens.get(to - 1).end());
    }

    /**
     * Content before an attribution starts after the previous attribution of the sentence: "“A,” he said, “B,” she
     * added" and "The Kremlin warned that A, its spokesman said" (the spokesman's content is A).
     */
    private static int leftLimit(List<Attribution> attributions, int index) {
        return index == 0 ? 0 : attributions.get(index - 1).attributionTo();
    }

    /** Content after a cue ends where a following attribution of the sentence begins: ", adding …", ", he said". */
    private static int contentEndToken(List<Token> tokens, List<Attribution> attributions, int index) {
        int from = Math.max(attributions.get(index).contentFrom(), attributions.get(index).attributionTo());
        for (int next = index + 1; next < attributions.size(); next++) {
            Attribution later = attributions.get(next);
            int boundary = later.attributionFrom();
            boolean sharedSubject = later.speaker() == attributions.get(index).speaker() && later.cueFrom() > from + 1
                    && SIBLING_CONJUNCTIONS.contains(tokens.get(later.cueFrom() - 1).lower());
            if (sharedSubject) {
                // "Trump tweeted A and encouraged B": the second verb shares the subject, A ends at "and".
                return later.cueFrom() - 1;
            }
            if (boundary > from && isSiblingBoundary(tokens, boundary)) {
                boolean conjunction = SIBLING_CONJUNCTIONS.contains(tokens.get(boundary - 1).lower());
                return conjunction ? boundary - 1 : boundary;
            }
        }
        return tokens.size();
    }

    /** A following attribution joined by ",", ";" or ", and" is a sibling; without punctuation it is nested. */
    private static boolean isSiblingBoundary(List<Token> tokens, int attributionFrom) {
        Token before = tokens.get(attributionFrom - 1);
        if (before.text().equals(",") || before.text().equals(";") || before.isQuoteMark()) {
            return true;
        }
        return SIBLING_CONJUNCTIONS.contains(before.lower()) && attributionFrom >= 2
                && tokens.get(attributionFrom - 2).text().equals(",");
    }

    private static boolean isInvertedPosition(List<Token> tokens, CueLexicon.Match cue) {
        return cue.from() > 0 && (tokens.get(cue.from() - 1).text().equals(",") || tokens.get(cue.from() - 1).isQuoteMark());
    }

    /** "“…,” he said" / "“…” he said": the speaker comes right after a quotation. */
    private static boolean followsQuotation(List<Token> tokens, int speakerFrom) {
        if (speakerFrom == 0) {
            return false;
        }
        Token before = tokens.get(speakerFrom - 1);
        return before.isQuoteMark() || before.text().equals(",") && speakerFrom >= 2 && tokens.get(speakerFrom - 2).isQuoteMark();
    }

    /** "“…,” he said": a quotation closed after a comma (or ? !), right before the speaker. */
    private static boolean closedQuotationBefore(List<Token> tokens, int speakerFrom) {
        return speakerFrom >= 2 && tokens.get(speakerFrom - 1).isQuoteMark()
                && ",?!".contains(tokens.get(speakerFrom - 2).text());
    }

    /** ", “…" or ": “…" right after the attribution: the quotation is its content. */
    private static boolean opensQuotationAfterPunctuation(List<Token> tokens, int i, int limit) {
        return i + 1 < limit && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(":"))
                && tokens.get(i + 1).isQuoteMark();
    }

    private static boolean onlyConnectivesBefore(List<Token> tokens, int floor, int index) {
        for (int i = floor; i < index; i++) {
            if (!CuePhrases.CONNECTIVES.contains(tokens.get(i).lower()) && !tokens.get(i).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithColon(List<Token> tokens) {
        return tokens.get(tokens.size() - 1).text().equals(":");
    }

    static boolean[] quotedTokens(List<Token> tokens, List<QuotedSpan> quotes) {
        boolean[] quoted = new boolean[tokens.size()];
        if (tokens.isEmpty()) {
            return quoted;
        }
        int from = tokens.get(0).start();
        int to = tokens.get(tokens.size() - 1).end();
        for (QuotedSpan quote : quotes) {
            if (quote.innerEnd() <= from || quote.innerStart() >= to) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                int start = tokens.get(i).start();
                if (start >= quote.innerStart() && start < quote.innerEnd()) {
                    quoted[i] = true;
                }
            }
        }
        return quoted;
    }

    private static boolean isQuoteMark(char c) {
        return "”“\"»«„".indexOf(c) >= 0;   // double marks only: ’ also ends "the Smiths’"
    }

    private static int trimStart(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;:—–".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return start;
    }

    /** Drops trailing spaces and punctuation, but keeps a closing quotation mark and the period of "U.S.". */
    private static int trimEnd(String text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            boolean punctuation = Character.isWhitespace(c) || ",;:—–.!?".indexOf(c) >= 0;
            if (!punctuation || c == '.' && end - start >= 3 && Character.isUpperCase(text.charAt(end - 2))
                    && text.charAt(end - 3) == '.') {
                break;
            }
            end--;
        }
        return end;
    }

    /** Inside a quotation only spaces and a trailing comma go: “We are ready,” keeps "We are ready". */
    private static int trimQuoteEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }
}
