package org.dictum.domain.topic.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dictum.domain.topic.text.TextAnalyzer;

/**
 * Tags by rules: a topic applies when its terms occur in the text often enough. Text and terms are
 * compared as Porter stems with stopwords left out ({@link TextAnalyzer}), so "sanctions were
 * imposed" matches the term "sanction", and "Security &amp; Defence" matches "security and defence".
 *
 * <p>A topic needs {@code minOccurrences} term occurrences in the whole text, or one in the lead
 * (the first {@code leadTerms} content words: headline and first sentence, where news says what it
 * is about). Where terms overlap ("oil" and "oil price") each occurrence counts once, for the
 * longest term. Immutable and thread-safe.
 */
public final class RuleTopicTagger implements TopicTagger {

    public static final int DEFAULT_MIN_OCCURRENCES = 2;
    public static final int DEFAULT_LEAD_TERMS = 40;

    private final TextAnalyzer analyzer;
    private final Map<String, List<Phrase>> phrasesByFirstStem = new HashMap<>();
    private final int minOccurrences;
    private final int leadTerms;

    /** One analysed term: its stems and the topic it stands for. */
    private record Phrase(List<String> stems, String label) {
    }

    public RuleTopicTagger(List<TopicRule> rules) {
        this(rules, TextAnalyzer.english(), DEFAULT_MIN_OCCURRENCES, DEFAULT_LEAD_TERMS);
    }

    public RuleTopicTagger(List<TopicRule> rules, TextAnalyzer analyzer, int minOccurrences, int leadTerms) {
        if (minOccurrences < 1 || leadTerms < 0) {
            throw new IllegalArgumentException("minOccurrences must be at least 1 and leadTerms not negative");
        }
        this.analyzer = analyzer;
        this.minOccurrences = minOccurrences;
        this.leadTerms = leadTerms;
        for (TopicRule rule : rules) {
            for (String term : rule.terms()) {
                List<String> stems = analyzer.terms(term);
                if (!stems.isEmpty()) {
                    phrasesByFirstStem.computeIfAbsent(stems.get(0), first -> new ArrayList<>())
                            .add(new Phrase(stems, rule.label()));
                }
            }
        }
        // longest first, so that at each position the most specific phrase wins
        phrasesByFirstStem.values().forEach(list -> list.sort((a, b) -> b.stems().size() - a.stems().size()));
    }

    @Override
    public Set<String> tag(String text) {
        List<String> stems = analyzer.terms(text);
        Map<String, Integer> occurrences = new HashMap<>();
        Set<String> inLead = new TreeSet<>();
        for (int i = 0; i < stems.size(); i++) {
            List<Phrase> candidates = phrasesByFirstStem.get(stems.get(i));
            if (candidates == null) {
                continue;
            }
            int longest = 0;
            Set<String> labelsHere = new TreeSet<>();
            for (Phrase phrase : candidates) {
                if (phrase.stems().size() < longest) {
                    break;
                }
                if (matchesAt(stems, i, phrase.stems())) {
                    longest = phrase.stems().size();
                    labelsHere.add(phrase.label());
                }
            }
            for (String label : labelsHere) {
                occurrences.merge(label, 1, Integer::sum);
                if (i < leadTerms) {
                    inLead.add(label);
                }
            }
            if (longest > 1) {
                i += longest - 1;
            }
        }
        Set<String> labels = new TreeSet<>(inLead);
        occurrences.forEach((label, count) -> {
            if (count >= minOccurrences) {
                labels.add(label);
            }
        });
        return labels;
    }

    private static boolean matchesAt(List<String> stems, int start, List<String> phrase) {
        if (start + phrase.size() > stems.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!stems.get(start + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
