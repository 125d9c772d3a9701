package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    /**
     * No {@value #MAX_WORDS_BETWEEN} words take this many characters; the bound keeps a direct quote far back in a long
     * text from being compared with every later quotation.
     */
    private static final int MAX_CHARS_BETWEEN = 300;
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
        SpanIndex<SpeechCandidate> cuedContents = new SpanIndex<>();
        cued.forEach(statement -> cuedContents.add(statement.contentStart(), statement.contentEnd(), statement));
        Set<Integer> sentenceStarts = new HashSet<>();
        sentences.forEach(sentence -> sentenceStarts.add(sentence.start()));
        // The quotation continues the latest (by index) cued statement that can continue and whose attribution ended
        // before it. Quotations come in text order and do not overlap, so once a statement has ended before one
        // quotation it has before all later ones (also after a continuation widened it up to that quotation's end).
        List<Integer> canContinue = new ArrayList<>();
        for (int i = 0; i < cued.size(); i++) {
            if (canContinue(cued.get(i))) {
                canContinue.add(i);
            }
        }
        canContinue.sort(Comparator.comparingInt(i -> endOfAttribution(cued.get(i))));
        int ended = 0;
        int latestEnded = -1;
        for (QuotedSpan quote : quotes) {
            if (cuedContents.touching(quote.start(), quote.end()).stream().anyMatch(statement -> overlaps(statement, quote))) {
                continue;
            }
            while (ended < canContinue.size() && endOfAttribution(cued.get(canContinue.get(ended))) <= quote.start()) {
                latestEnded = Math.max(latestEnded, canContinue.get(ended));
                ended++;
            }
            Optional<Integer> continued = latestEnded < 0 ? Optional.empty()
                    : continuedStatement(text, statements, latestEnded, quote);
            if (continued.isPresent()) {
                SpeechCandidate first = statements.get(continued.get());
                statements.set(continued.get(), first.spanning(first.contentStart(), contentEnd(text, quote)));
            } else if (sentenceStarts.contains(quote.start()) && words(text, quote) >= MIN_UNCUED_WORDS) {
                int start = contentStart(text, quote);
                statements.add(new SpeechCandidate(StatementKind.DIRECT_QUOTE, null, null, start, contentEnd(text, quote),
                        "", CueStyle.QUOTE_WITHOUT_CUE, null, null, -1));
            }
        }
        statements.sort(Comparator.comparingInt(SpeechCandidate::contentStart));
        return statements;
    }

    private static int endOfAttribution(SpeechCandidate statement) {
        return Math.max(statement.contentEnd(), statement.attributionEnd());
    }

    /** The statement at {@code index} if the quotation continues it: only the rest of its attribution between them. */
    private static Optional<Integer> continuedStatement(String text, List<SpeechCandidate> statements, int index,
                                                        QuotedSpan quote) {
        int from = endOfAttribution(statements.get(index));
        if (quote.start() - from > MAX_CHARS_BETWEEN) {
            return Optional.empty();
        }
        String between = text.substring(from, quote.start());
        return restOfAttribution(between) ? Optional.of(index) : Optional.empty();
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
