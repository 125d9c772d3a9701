package org.dictum.domain.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.TextSpan;
import org.jsoup.nodes.Document;

/**
 * Extraction with hand-written rules over English news text: main text, title and page metadata, sentences,
 * statements with a cue and quotations without one, speakers resolved to gazetteer actors, recognised people and
 * organisations or typed anonymous sources with in-article coreference, statement dates (against the supplied
 * publication date, else the one in the page's metadata), actor mentions and the language. The word lists and the
 * gazetteer are data resources next to this class, loaded once; the instance holds no per-article state and is
 * safe to share between threads.
 */
public class RuleBasedArticleExtractor implements ArticleExtractor {

    public static final String VERSION = "dictum-rules-0.2";

    private final PlainTextMainText plainText;
    private final HtmlMainText html;
    private final SentenceSplitter sentenceSplitter;
    private final Tokenizer tokenizer;
    private final ActorDictionary dictionary;
    private final ProperNameRecognizer properNames;
    private final CuedStatementFinder cuedStatements;
    private final LearnedStatementFinder learnedStatements;
    private final StatementDateResolver dateResolver;
    private final LanguageDetection languages;
    private final HtmlMetadataReader htmlMetadata;

    public RuleBasedArticleExtractor() {
        BoilerplateFilter boilerplate = BoilerplateFilter.english();
        this.plainText = new PlainTextMainText(boilerplate);
        this.html = new HtmlMainText(boilerplate);
        this.sentenceSplitter = SentenceSplitter.english();
        this.tokenizer = Tokenizer.english();
        this.dictionary = ActorDictionary.english();
        this.properNames = ProperNameRecognizer.english(dictionary);
        CueLexicon cues = CueLexicon.english();
        SpeakerRoles roles = SpeakerRoles.english();
        SpeakerLocator locator = new SpeakerLocator(roles, cues);
        SpeakerPhraseParser speakerPhrases = SpeakerPhraseParser.english(dictionary);
        this.cuedStatements = new CuedStatementFinder(tokenizer, cues, locator, speakerPhrases);
        this.learnedStatements = new LearnedStatementFinder(LearnedStatementFinder.englishModel(), cues, locator,
                speakerPhrases);
        this.dateResolver = new StatementDateResolver();
        this.languages = new LanguageDetection(LanguageGuesser.fromResource());
        this.htmlMetadata = new HtmlMetadataReader();
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        return extract(request, StageTimer.NONE);
    }

    /** Extracts as {@link #extract(ExtractionRequest)}, charging each stage's time to {@code timer}. */
    public ExtractionResult extract(ExtractionRequest request, StageTimer timer) {
        timer.start();
        Sourced<String> suppliedTitle = Sourced.text(request.suppliedTitle(), "supplied");
        MainText main;
        DocumentMetadata metadata;
        if (request.contentType() == ContentType.TEXT_HTML) {
            Document document = LenientHtml.parse(request.original(), request.url());
            metadata = htmlMetadata.read(document, request.url());
            if (suppliedTitle != null) {
                metadata = metadata.withTitle(suppliedTitle);
            }
            main = html.extract(document, HtmlMainText.PageHost.of(document, request.url()),
                    DocumentMetadata.valueOf(metadata.title()));
        } else {
            main = plainText.extract(request.original(), request.suppliedTitle());
            metadata = DocumentMetadata.none().withTitle(suppliedTitle != null
                    ? suppliedTitle : Sourced.text(main.title(), "first-line"));
        }
        String text = main.text();
        timer.lap("main text and metadata");
        metadata = metadata.withLanguage(languages.decide(metadata.language(), text));
        timer.lap("language");
        List<Sentence> sentences = sentenceSplitter.split(text);
        timer.lap("sentences");
        List<Token> tokens = tokenizer.tokens(text, 0, text.length());
        timer.lap("tokens");
        List<NameMatch> gazetteer = dictionary.mentionsIn(text, tokens);
        Set<Integer> sentenceStarts = sentences.stream().map(Sentence::start).collect(Collectors.toSet());
        ArticleNames names = properNames.recognise(text, tokens, sentenceStarts, gazetteer);
        timer.lap("actors");
        List<ExtractedStatement> statements = statements(text, candidates(text, sentences, tokens), gazetteer, names,
                publicationDate(request, metadata));
        timer.lap("statements and dates");
        ExtractionResult result = StorableFindings.of(new ExtractionResult(main.title(), text,
                DocumentMetadata.valueOf(metadata.language()), statements, actors(main.title(), gazetteer, names, statements),
                VERSION, metadata, mentions(gazetteer, names)));
        timer.lap("result");
        return result;
    }

    /** The supplied publication date, else the day the document's metadata gives, where it was published. */
    private static LocalDate publicationDate(ExtractionRequest request, DocumentMetadata metadata) {
        if (request.publicationDate() != null || metadata.publishedAt() == null) {
            return request.publicationDate();
        }
        return metadata.publishedAt().value().toLocalDate();
    }

    /** Statements with a cue, then the quotations without one; a content found twice is kept once. */
    private List<SpeechCandidate> candidates(String text, List<Sentence> sentences, List<Token> tokens) {
        List<QuotedSpan> quotes = QuotationMarks.find(text);
        List<SpeechCandidate> cued = new ArrayList<>();
        Set<TextSpan> contents = new HashSet<>();
        for (SpeechCandidate candidate : cuedStatements.find(text, sentences, quotes, tokens)) {
            if (contents.add(new TextSpan(candidate.contentStart(), candidate.contentEnd()))) {
                cued.add(candidate);
            }
        }
        List<SpeechCandidate> statements = new ArrayList<>(learnedStatements.withLearned(text, sentences, quotes, tokens, cued));
        statements.sort(Comparator.comparingInt(SpeechCandidate::contentStart));
        return DirectQuoteFinder.withQuotations(text, sentences, quotes, statements);
    }

    private List<ExtractedStatement> statements(String text, List<SpeechCandidate> candidates, List<NameMatch> gazetteer,
                                                ArticleNames names, LocalDate publicationDate) {
        SpeakerMemory memory = new SpeakerMemory(names, NamesCalledIt.in(text, candidates));
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
                    dateResolver.dateIn(candidate.attribution(), candidate.cue(), publicationDate).orElse(null)));
        }
        List<StatementDating.StatementDate> dates = StatementDating.assign(dated, publicationDate);
        SpanIndex<ActorReference> mentions = new SpanIndex<>();   // gazetteer actors first, as actors() lists them
        gazetteer.forEach(match -> mentions.add(match.start(), match.end(), match.actor()));
        names.mentions().stream()
                .filter(mention -> mention.type() != ActorType.OTHER)
                .forEach(mention -> mentions.add(mention.span().start(), mention.span().end(), mention.actor()));
        List<ExtractedStatement> statements = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            statements.add(statement(candidates.get(i), speakers.get(i), speakerSpans.get(i), dates.get(i),
                    mentionedIn(candidates.get(i), mentions, speakers.get(i))));
        }
        return statements;
    }

    /**
     * Actors named inside the content, the speaker not repeated. Recognised names of unknown type (often places such
     * as "Eastern Europe") are article actors but too uncertain to index a statement by.
     */
    private static List<ActorReference> mentionedIn(SpeechCandidate candidate, SpanIndex<ActorReference> mentions,
                                                    ResolvedSpeaker speaker) {
        Map<String, ActorReference> distinct = new LinkedHashMap<>();
        mentions.within(candidate.contentStart(), candidate.contentEnd())
                .forEach(actor -> distinct.putIfAbsent(actor.canonicalName(), actor));
        return distinct.values().stream().filter(actor -> !Objects.equals(actor, speaker.actor())).toList();
    }

    private static ExtractedStatement statement(SpeechCandidate candidate, ResolvedSpeaker speaker, TextSpan speakerSpan,
                                                StatementDating.StatementDate date, List<ActorReference> mentioned) {
        return new ExtractedStatement(candidate.kind(), candidate.speaker() == null ? null : candidate.speaker().text(),
                speaker.actor(), candidate.cue(), new TextSpan(candidate.contentStart(), candidate.contentEnd()),
                date.date(), date.inferred(), candidate.style().confidence(speaker), mentioned, speakerSpan,
                candidate.cueSpan());
    }

    /**
     * Gazetteer actors of the main text in order of first mention, then those only in the title, then recognised
     * people and organisations, then speakers not named otherwise (anonymous sources, one-off names).
     */
    private List<ActorReference> actors(String title, List<NameMatch> gazetteer, ArticleNames names,
                                        List<ExtractedStatement> statements) {
        Map<String, ActorReference> distinct = new LinkedHashMap<>();
        gazetteer.forEach(match -> distinct.putIfAbsent(match.actor().canonicalName(), match.actor()));
        if (title != null) {
            dictionary.actorsIn(title).forEach(actor -> distinct.putIfAbsent(actor.canonicalName(), actor));
        }
        names.actors().forEach(actor -> distinct.putIfAbsent(actor.canonicalName(), actor));
        statements.stream()
                .map(ExtractedStatement::speaker)
                .filter(Objects::nonNull)
                .forEach(actor -> distinct.putIfAbsent(actor.canonicalName(), actor));
        return List.copyOf(distinct.values());
    }

    private static List<ActorMention> mentions(List<NameMatch> gazetteer, ArticleNames names) {
        List<ActorMention> mentions = new ArrayList<>();
        gazetteer.forEach(match -> mentions.add(new ActorMention(match.surface(), new TextSpan(match.start(), match.end()),
                match.actor().type(), match.actor())));
        mentions.addAll(names.mentions());
        mentions.sort(Comparator.comparingInt(mention -> mention.span().start()));
        return mentions;
    }
}
