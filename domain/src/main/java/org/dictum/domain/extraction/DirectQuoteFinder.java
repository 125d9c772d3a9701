package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dictum.domain.statement.StatementKind;

/**
 * Gives the quotations that no cue introduces to a speaker. A quotation right after a cued statement whose
 * content is a quote or comes before its cue, with only the rest of that attribution's clause between them
 * ("“We are ready,” she said, “but not rushed.”", "“…,” he said. “…”", "“…,” said Tester, referring to the
 * excuse, “…”", "The talks failed, the minister said on Tuesday. “…”"), continues the same utterance and joins it:
 * one statement whose content runs from the first part to the last (the attribution in between included), as the
 * PolNeAR annotators and most quote corpora treat it. A
 * quotation of at least {@value #MIN_UNCUED_WORDS} words that opens its sentence without any cue is kept for the
 * previous speaker. Shorter quotations without a cue are scare quotes, not statements.
 */
final class DirectQuoteFinder {

    static final int MIN_UNCUED_WORDS = 5;
    /**
     * Words allowed between an attribution and the quotation that continues it: a date, a setting or a participle
     * clause ("he said on Tuesday. “…”", "Melanie said to the TV. “…”", "said Caddell, speaking of her health. “…”").
     * Measured on PolNeAR train articles 701–840 (model on 1–700): 1 word gave content F1 0.686, 8 words 0.690.
     */
    private static final int MAX_WORDS_BETWEEN = 8;
    /** A sentence end followed by more text: the words between the attribution and the quotation hold a sentence. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?][\\p{Pf}\"')]*\\s+\\S");

    private DirectQuoteFinder() {
    }

    /**
     * @param cued the statements found with a cue, in text order
     * @return all statements: the cued ones, continued quotations joined to them, then uncued quotations, in text order
     */
    static List<SpeechCandidate> withQuotations(String text, List<Sentence> sentences, List<QuotedSpan> quotes,
                                                List<SpeechCandidate> cued) {
        List<SpeechCandidate> statements = new ArrayList<>(cued);
        for (QuotedSpan quote : quotes) {
            if (statements.stream().anyMatch(statement -> overlaps(statement, quote))) {
                continue;
            }
            Optional<Integer> continued = continuedStatement(text, statements, quote);
            if (continued.isPresent()) {
                SpeechCandidate first = statements.get(continued.get());
                statements.set(continued.get(), first.spanning(first.contentStart(), contentEnd(text, quote)));
            } else if (opensSentence(text, sentences, quote) && words(text, quote) >= MIN_UNCUED_WORDS) {
                int start = contentStart(text, quote);
                statements.add(new SpeechCandidate(StatementKind.DIRECT_QUOTE, null, null, start, contentEnd(text, quote),
                        "", CueStyle.QUOTE_WITHOUT_CUE, null, null, -1));
            }
        }
        statements.sort(java.util.Comparator.comparingInt(SpeechCandidate::contentStart));
        return statements;
    }

    /** The cued direct quote that this quotation continues, by index. */
    private static Optional<Integer> continuedStatement(String text, List<SpeechCandidate> statements, QuotedSpan quote) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            SpeechCandidate statement = statements.get(i);
            if (!canContinue(statement) || statement.contentEnd() > quote.start()) {
                continue;
            }
            int attributionEnd = Math.max(statement.contentEnd(), statement.attributionEnd());
            if (attributionEnd > quote.start()) {
                continue;
            }
            String between = text.substring(attributionEnd, quote.start());
            return restOfAttribution(between) ? Optional.of(i) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A cued quote, or a cued statement whose content ends before its cue ("The talks failed, he said."). */
    private static boolean canContinue(SpeechCandidate statement) {
        return statement.cueSpan() != null && (statement.kind() == StatementKind.DIRECT_QUOTE
                || statement.contentEnd() <= statement.cueSpan().start());
    }

    /** The words between an attribution and a quotation, in the same paragraph and the attribution's sentence. */
    private static boolean restOfAttribution(String between) {
        return between.indexOf('\n') < 0 && !SENTENCE_INSIDE.matcher(between.strip()).find()
                && CuePhrases.wordCount(between.replaceAll("[^\\p{L}\\p{N}\\s]", " ")) <= MAX_WORDS_BETWEEN;
    }

    private static boolean overlaps(SpeechCandidate statement, QuotedSpan quote) {
        return statement.contentStart() < quote.end() && quote.start() < statement.contentEnd();
    }

    private static boolean opensSentence(String text, List<Sentence> sentences, QuotedSpan quote) {
        return sentences.stream().anyMatch(sentence -> sentence.start() == quote.start());
    }

    private static int words(String text, QuotedSpan quote) {
        return CuePhrases.wordCount(text.substring(quote.innerStart(), quote.innerEnd()));
    }

    private static int contentStart(String text, QuotedSpan quote) {
        int start = quote.innerStart();
        while (start < quote.innerEnd() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int contentEnd(String text, QuotedSpan quote) {
        int end = quote.innerEnd();
        while (end > quote.innerStart() && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }
}
