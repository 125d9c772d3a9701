package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dictum.domain.statement.StatementKind;

/**
 * Finds direct quotes and their attribution in the same sentence: after the quote ("“…,” the official said",
 * "“…,” said X") or before it ("X said: “…”", "He added, though, that "…”"). A quote of at least
 * {@value #MIN_UNCUED_WORDS} words that opens its sentence without any cue is kept for the previous speaker.
 * Quotes shorter than {@value #MIN_WORDS} words are scare quotes, not statements.
 */
final class DirectQuoteFinder {

    static final int MIN_WORDS = 3;
    static final int MIN_UNCUED_WORDS = 5;
    /** The attribution after a quote starts within this many characters of the closing mark. */
    private static final int MAX_SPEAKER_CHARS = 80;
    private static final Pattern TAIL_BEFORE_QUOTE = Pattern.compile(
            "^(?:\\s*,\\s*(?:though|however|too|also|then|later|again)\\s*,)?\\s*(?:,?\\s*that)?\\s*[:,]?\\s*$");

    private final SpeechVerbs verbs;
    private final SpeakerPhraseParser speakers;

    DirectQuoteFinder(SpeechVerbs verbs, SpeakerPhraseParser speakers) {
        this.verbs = verbs;
        this.speakers = speakers;
    }

    List<SpeechCandidate> find(String mainText, List<Sentence> sentences) {
        List<SpeechCandidate> found = new ArrayList<>();
        int previousClose = -1;
        for (QuotedSpan quote : QuotationMarks.find(mainText)) {
            Optional<Sentence> openSentence = sentenceAt(sentences, quote.open());
            Optional<Sentence> closeSentence = sentenceAt(sentences, quote.close());
            if (openSentence.isEmpty() || closeSentence.isEmpty()) {
                continue;
            }
            int beforeStart = Math.max(openSentence.get().start(), previousClose + 1);
            String before = mainText.substring(beforeStart, quote.open());
            String after = mainText.substring(quote.close() + 1, closeSentence.get().end());
            contentOf(mainText, quote)
                    .flatMap(content -> attributed(content, before, after).or(() -> uncued(content, before)))
                    .ifPresent(found::add);
            previousClose = quote.close();
        }
        return found;
    }

    private Optional<SpeechCandidate> attributed(Content content, String before, String after) {
        return cueAfter(after).or(() -> cueBefore(before))
                .map(cue -> new SpeechCandidate(StatementKind.DIRECT_QUOTE, cue.speaker(), cue.verb(), content.start(),
                        content.end(), cue.attribution(), CueStyle.QUOTE_WITH_CUE));
    }

    private static Optional<SpeechCandidate> uncued(Content content, String before) {
        if (!before.isBlank() || content.words() < MIN_UNCUED_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new SpeechCandidate(StatementKind.DIRECT_QUOTE, null, null, content.start(), content.end(),
                "", CueStyle.QUOTE_WITHOUT_CUE));
    }

    /** “…,” the official said / “…,” said the official */
    private Optional<Cue> cueAfter(String after) {
        Matcher verb = verbs.anyForm().matcher(after);
        if (!verb.find() || verb.start() > MAX_SPEAKER_CHARS) {
            return Optional.empty();
        }
        String leading = after.substring(0, verb.start());
        int timeEnd = verb.end() + CuePhrases.timePhraseLength(after.substring(verb.end()));
        if (leading.strip().replaceFirst("^,", "").isBlank()) {
            String rest = after.substring(verb.end());
            int clauseEnd = firstOf(rest, ",;:!?");
            String speakerAndTime = rest.substring(0, CuePhrases.trimEnd(rest, 0, clauseEnd));
            return speakers.parse(CuePhrases.withoutTrailingTimePhrase(speakerAndTime))
                    .map(speaker -> new Cue(speaker, verb.group(), (verb.group() + speakerAndTime).strip()));
        }
        String speakerText = CuePhrases.withoutTrailingAuxiliaries(leading.replaceFirst("^\\s*,", ""));
        return speakers.parse(speakerText)
                .map(speaker -> new Cue(speaker, verb.group(), after.substring(0, timeEnd).replaceFirst("^\\s*,", "").strip()));
    }

    /** X said: “…” / He added, though, that "…" */
    private Optional<Cue> cueBefore(String before) {
        Matcher verb = verbs.anyForm().matcher(before);
        Optional<Cue> cue = Optional.empty();
        while (verb.find()) {
            String tail = before.substring(verb.end());
            int time = CuePhrases.timePhraseLength(tail);
            if (!TAIL_BEFORE_QUOTE.matcher(tail.substring(time)).matches()) {
                continue;
            }
            String leading = CuePhrases.withoutTrailingAuxiliaries(before.substring(0, verb.start()).replaceFirst("^[\\s,]+", ""));
            int lead = CuePhrases.leadingConnectiveLength(leading);
            String attribution = before.substring(0, verb.end() + time).replaceFirst("^[\\s,]+", "");
            String verbText = verb.group();
            Optional<Cue> parsed = speakers.parse(leading).or(() -> speakers.parse(leading.substring(lead)))
                    .map(speaker -> new Cue(speaker, verbText, attribution));
            if (parsed.isPresent()) {
                cue = parsed;
            }
        }
        return cue;
    }

    private static Optional<Content> contentOf(String text, QuotedSpan quote) {
        int start = quote.open() + 1;
        int end = quote.close();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        int words = CuePhrases.wordCount(text.substring(start, end));
        return words < MIN_WORDS ? Optional.empty() : Optional.of(new Content(start, end, words));
    }

    private static Optional<Sentence> sentenceAt(List<Sentence> sentences, int offset) {
        return sentences.stream().filter(sentence -> sentence.contains(offset)).findFirst();
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private record Content(int start, int end, int words) {
    }

    private record Cue(SpeakerPhrase speaker, String verb, String attribution) {
    }
}
