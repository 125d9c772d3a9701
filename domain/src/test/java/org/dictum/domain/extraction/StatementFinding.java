package org.dictum.domain.extraction;

import java.util.List;

/** The statement finders wired as the extractor wires them, for tests on short texts. */
final class StatementFinding {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.english();
    private static final CueLexicon CUES = CueLexicon.english();
    private static final CuedStatementFinder CUED = new CuedStatementFinder(Tokenizer.english(), CUES,
            new SpeakerLocator(SpeakerRoles.english(), CUES), SpeakerPhraseParser.english(ActorDictionary.english()));

    private StatementFinding() {
    }

    /** Statements with a cue only. */
    static List<SpeechCandidate> cued(String text) {
        return CUED.find(text, SPLITTER.split(text), QuotationMarks.find(text));
    }

    /** Statements with a cue and the quotations without one, as the extractor finds them. */
    static List<SpeechCandidate> all(String text) {
        List<Sentence> sentences = SPLITTER.split(text);
        List<QuotedSpan> quotes = QuotationMarks.find(text);
        return DirectQuoteFinder.withQuotations(text, sentences, quotes, CUED.find(text, sentences, quotes));
    }

    static String content(String text, SpeechCandidate candidate) {
        return text.substring(candidate.contentStart(), candidate.contentEnd());
    }

    static String speaker(String text, SpeechCandidate candidate) {
        return candidate.speakerSpan() == null ? null
                : text.substring(candidate.speakerSpan().start(), candidate.speakerSpan().end());
    }
}
