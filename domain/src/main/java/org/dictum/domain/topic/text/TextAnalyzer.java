package org.dictum.domain.topic.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns English text into the terms that topic rules and the topic classifier compare: words are
 * runs of letters, lower-cased; one-letter words, numbers and stopwords are dropped; the rest is
 * reduced to its Porter stem. "Elections were held" and "election" both give {@code elect}.
 * Immutable and thread-safe.
 */
public final class TextAnalyzer {

    static final String STOPWORDS = "stopwords-en.txt";

    private final Set<String> stopwords;
    private final PorterStemmer stemmer = new PorterStemmer();

    private TextAnalyzer(Set<String> stopwords) {
        this.stopwords = Set.copyOf(stopwords);
    }

    /** The analyzer with Dictum's English stopword list. */
    public static TextAnalyzer english() {
        return new TextAnalyzer(readStopwords());
    }

    /** The stems of the text's content words, in text order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start > 1) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!stopwords.contains(word)) {
                    terms.add(stemmer.stem(word));
                }
            }
        }
        return terms;
    }

    private static Set<String> readStopwords() {
        InputStream stream = TextAnalyzer.class.getResourceAsStream(STOPWORDS);
        if (stream == null) {
            throw new IllegalStateException("Missing resource " + STOPWORDS + " next to " + TextAnalyzer.class.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + STOPWORDS, e);
        }
    }
}
