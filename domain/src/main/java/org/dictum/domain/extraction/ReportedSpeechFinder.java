package org.dictum.domain.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dictum.domain.statement.StatementKind;

/**
 * Finds reported speech in a sentence: "X said (that) …", "…, X said (Saturday).", "…, said X.",
 * "According to X, …" and "…, according to X.". The speaker must parse as a plausible speaker phrase and the
 * content must be a clause of at least {@value #MIN_CONTENT_WORDS} words without quotation marks (quoted words
 * belong to {@link DirectQuoteFinder}). At most one statement per sentence.
 */
final class ReportedSpeechFinder {

    static final int MIN_CONTENT_WORDS = 3;
    private static final Pattern ACCORDING_TO_FIRST = Pattern.compile("^(?<cue>According to)\\s+(?<speaker>[^,]+),\\s*");
    private static final Pattern ACCORDING_TO_LAST = Pattern.compile(",\\s*(?<cue>according to)\\s+(?<speaker>[^,]+?)\\s*[.!?]?$");

    private final SpeechVerbs verbs;
    private final SpeakerPhraseParser speakers;

    ReportedSpeechFinder(SpeechVerbs verbs, SpeakerPhraseParser speakers) {
        this.verbs = verbs;
        this.speakers = speakers;
    }

    Optional<SpeechCandidate> find(Sentence sentence) {
        Optional<SpeechCandidate> accordingTo = accordingTo(sentence);
        if (accordingTo.isPresent()) {
            return accordingTo;
        }
        String text = sentence.text();
        Matcher verb = verbs.anyForm().matcher(text);
        while (verb.find()) {
            if (text.substring(0, verb.start()).endsWith("to ")) {
                continue;
            }
            Optional<SpeechCandidate> found = speakerFirst(sentence, verb)
                    .or(() -> speakerAfterContent(sentence, verb))
                    .or(() -> inverted(sentence, verb));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<SpeechCandidate> speakerFirst(Sentence sentence, Matcher verb) {
        String text = sentence.text();
        String before = CuePhrases.withoutTrailingAuxiliaries(text.substring(0, verb.start()));
        int lead = CuePhrases.leadingConnectiveLength(before);
        Optional<SpeakerPhrase> speaker = speakers.parse(before).or(() -> speakers.parse(before.substring(lead)));
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int cursor = verb.end();
        cursor += CuePhrases.timePhraseLength(text.substring(cursor));
        if (verbs.takesHearer(verb.group())) {
            cursor += CuePhrases.lengthOf(CuePhrases.HEARER, text.substring(cursor));
            cursor += CuePhrases.timePhraseLength(text.substring(cursor));
        }
        String attribution = text.substring(0, cursor);
        cursor += CuePhrases.lengthOf(CuePhrases.ASIDE, text.substring(cursor));
        cursor += CuePhrases.lengthOf(CuePhrases.LINK_TO_CONTENT, text.substring(cursor));
        return candidate(sentence, speaker.get(), verb.group(), cursor, text.length(), attribution, CueStyle.SPEAKER_FIRST);
    }

    private Optional<SpeechCandidate> speakerAfterContent(Sentence sentence, Matcher verb) {
        String text = sentence.text();
        String before = CuePhrases.withoutTrailingAuxiliaries(text.substring(0, verb.start()));
        int comma = before.lastIndexOf(',');
        if (comma < 0 || !endsClause(text.substring(verb.end()))) {
            return Optional.empty();
        }
        String speakerText = before.substring(comma + 1);
        int attributionEnd = verb.end() + CuePhrases.timePhraseLength(text.substring(verb.end()));
        return speakers.parse(speakerText).flatMap(speaker -> candidate(sentence, speaker, verb.group(), 0, comma,
                text.substring(comma + 1, attributionEnd).strip(), CueStyle.SPEAKER_AFTER_CONTENT));
    }

    private Optional<SpeechCandidate> inverted(Sentence sentence, Matcher verb) {
        String text = sentence.text();
        String before = text.substring(0, verb.start()).stripTrailing();
        if (!before.endsWith(",")) {
            return Optional.empty();
        }
        String after = text.substring(verb.end());
        int clauseEnd = after.indexOf(',') < 0 ? after.length() : after.indexOf(',');
        String speakerAndTime = after.substring(0, CuePhrases.trimEnd(after, 0, clauseEnd));
        String speakerText = CuePhrases.withoutTrailingTimePhrase(speakerAndTime);
        String attribution = text.substring(verb.start(), verb.end() + speakerAndTime.length()).strip();
        return speakers.parse(speakerText).flatMap(speaker -> candidate(sentence, speaker, verb.group(), 0,
                before.length() - 1, attribution, CueStyle.INVERTED));
    }

    private Optional<SpeechCandidate> accordingTo(Sentence sentence) {
        String text = sentence.text();
        Matcher first = ACCORDING_TO_FIRST.matcher(text);
        if (first.find()) {
            String attribution = first.group().replaceFirst(",\\s*$", "");
            return speakers.parse(first.group("speaker")).flatMap(speaker -> candidate(sentence, speaker,
                    first.group("cue"), first.end(), text.length(), attribution, CueStyle.ACCORDING_TO));
        }
        Matcher last = ACCORDING_TO_LAST.matcher(text);
        if (last.find()) {
            String attribution = text.substring(last.start("cue"), last.end("speaker"));
            return speakers.parse(last.group("speaker")).flatMap(speaker -> candidate(sentence, speaker,
                    last.group("cue"), 0, last.start(), attribution, CueStyle.ACCORDING_TO));
        }
        return Optional.empty();
    }

    private Optional<SpeechCandidate> candidate(Sentence sentence, SpeakerPhrase speaker, String cue, int from, int to,
                                                String attribution, CueStyle style) {
        String text = sentence.text();
        int start = CuePhrases.trimStart(text, from, to);
        int end = CuePhrases.trimEnd(text, start, to);
        String content = text.substring(start, end);
        if (CuePhrases.wordCount(content) < MIN_CONTENT_WORDS || CuePhrases.hasQuoteMark(content)) {
            return Optional.empty();
        }
        return Optional.of(new SpeechCandidate(StatementKind.REPORTED_SPEECH, speaker, cue,
                sentence.start() + start, sentence.start() + end, attribution, style));
    }

    /** After the cue only date words may follow before the sentence or clause ends: "said Saturday." / "said, adding". */
    private static boolean endsClause(String afterVerb) {
        String rest = afterVerb.substring(CuePhrases.timePhraseLength(afterVerb)).strip();
        return rest.isEmpty() || rest.matches("[.!?]+") || rest.startsWith(",");
    }
}
