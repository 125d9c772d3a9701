package org.dictum.domain.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.TextSpan;

/**
 * Extraction v0: hand-written rules over English news text. Main text and title, sentences, direct quotes and
 * reported speech, speakers resolved to dictionary actors or anonymous sources with in-article coreference,
 * statement dates and a language guess. The word lists and the actor dictionary are data resources next to
 * this class, loaded once; the instance holds no per-article state and is safe to share between threads.
 */
public class RuleBasedArticleExtractor implements ArticleExtractor {

    public static final String VERSION = "dictum-rules-0.1";

    private final PlainTextMainText plainText;
    private final HtmlMainText html;
    private final SentenceSplitter sentenceSplitter;
    private final ActorDictionary dictionary;
    private final CuedStatementFinder cuedStatements;
    private final StatementDateResolver dateResolver;
    private final LanguageGuesser languageGuesser;

    public RuleBasedArticleExtractor() {
        BoilerplateFilter boilerplate = BoilerplateFilter.english();
        this.plainText = new PlainTextMainText(boilerplate);
        this.html = new HtmlMainText(boilerplate);
        this.sentenceSplitter = SentenceSplitter.english();
        this.dictionary = ActorDictionary.english();
        CueLexicon cues = CueLexicon.english();
        SpeakerRoles roles = SpeakerRoles.english();
        this.cuedStatements = new CuedStatementFinder(Tokenizer.english(), cues, new SpeakerLocator(roles, cues),
                SpeakerPhraseParser.english(dictionary));
        this.dateResolver = new StatementDateResolver();
        this.languageGuesser = LanguageGuesser.fromResource();
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        MainText main = request.contentType() == ContentType.TEXT_HTML
                ? html.extract(request.original(), request.suppliedTitle())
                : plainText.extract(request.original(), request.suppliedTitle());
        String text = main.text();
        List<SpeechCandidate> candidates = candidates(text);
        List<ExtractedStatement> statements = statements(text, candidates, request.publicationDate());
        return new ExtractionResult(main.title(), text, languageGuesser.guess(text), statements,
                actors(text, statements), VERSION);
    }

    /** Statements with a cue, then the quotations without one; a content found twice is kept once. */
    private List<SpeechCandidate> candidates(String text) {
        List<Sentence> sentences = sentenceSplitter.split(text);
        List<QuotedSpan> quotes = QuotationMarks.find(text);
        List<SpeechCandidate> cued = new ArrayList<>();
        for (SpeechCandidate candidate : cuedStatements.find(text, sentences, quotes)) {
            boolean duplicate = cued.stream().anyMatch(earlier -> earlier.contentStart() == candidate.contentStart()
                    && earlier.contentEnd() == candidate.contentEnd());
            if (!duplicate) {
                cued.add(candidate);
            }
        }
        cued.sort(Comparator.comparingInt(SpeechCandidate::contentStart));
        return DirectQuoteFinder.withQuotations(text, sentences, quotes, cued);
    }

    private List<ExtractedStatement> statements(String text, List<SpeechCandidate> candidates, LocalDate publicationDate) {
        SpeakerMemory memory = new SpeakerMemory();
        List<ResolvedSpeaker> speakers = new ArrayList<>();
        List<TextSpan> speakerSpans = new ArrayList<>();
        List<StatementDating.Dated> dated = new ArrayList<>();
        TextSpan lastSpeakerSpan = null;
        for (SpeechCandidate candidate : candidates) {
            ResolvedSpeaker speaker = candidate.speaker() == null
                    ? new ResolvedSpeaker(memory.lastSpeaker().orElse(null), true)
                    : memory.resolve(candidate.speaker());
            speakers.add(speaker);
            speakerSpans.add(candidate.speakerSpan() == null ? lastSpeakerSpan : candidate.speakerSpan());
            if (candidate.speakerSpan() != null && speaker.actor() != null) {
                lastSpeakerSpan = candidate.speakerSpan();
            }
            String speakerKey = speaker.actor() == null ? null : speaker.actor().canonicalName();
            dated.add(new StatementDating.Dated(speakerKey,
                    dateResolver.dateIn(candidate.attribution(), publicationDate).orElse(null)));
        }
        List<StatementDating.StatementDate> dates = StatementDating.assign(dated, publicationDate);
        List<ExtractedStatement> statements = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            statements.add(statement(text, candidates.get(i), speakers.get(i), speakerSpans.get(i), dates.get(i)));
        }
        return statements;
    }

    private ExtractedStatement statement(String text, SpeechCandidate candidate, ResolvedSpeaker speaker,
                                         TextSpan speakerSpan, StatementDating.StatementDate date) {
        String content = text.substring(candidate.contentStart(), candidate.contentEnd());
        List<ActorReference> mentioned = dictionary.actorsIn(content).stream()
                .filter(actor -> !Objects.equals(actor, speaker.actor()))
                .toList();
        return new ExtractedStatement(candidate.kind(), candidate.speaker() == null ? null : candidate.speaker().text(),
                speaker.actor(), candidate.cue(), new TextSpan(candidate.contentStart(), candidate.contentEnd()),
                date.date(), date.inferred(), candidate.style().confidence(speaker), mentioned, speakerSpan,
                candidate.cueSpan());
    }

    /** Dictionary actors in order of first mention, then speakers the dictionary does not know. */
    private List<ActorReference> actors(String text, List<ExtractedStatement> statements) {
        Map<String, ActorReference> distinct = new LinkedHashMap<>();
        dictionary.actorsIn(text).forEach(actor -> distinct.putIfAbsent(actor.canonicalName(), actor));
        statements.stream()
                .map(ExtractedStatement::speaker)
                .filter(Objects::nonNull)
                .forEach(actor -> distinct.putIfAbsent(actor.canonicalName(), actor));
        return List.copyOf(distinct.values());
    }
}
