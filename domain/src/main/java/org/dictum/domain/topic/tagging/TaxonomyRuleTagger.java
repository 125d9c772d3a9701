package org.dictum.domain.topic.tagging;

import java.util.List;
import java.util.Set;
import org.dictum.domain.topic.TopicRepository;
import org.dictum.domain.topic.text.TextAnalyzer;

/**
 * Tags with the rules of the taxonomy as it is now: every topic's label, alternative labels and
 * match terms ({@link TopicRule#of}). Reads the taxonomy on each call, inside the caller's
 * transaction, so that a librarian's edit applies to the next article without a restart.
 */
public final class TaxonomyRuleTagger implements TopicTagger {

    private final TopicRepository topics;
    private final TextAnalyzer analyzer = TextAnalyzer.english();

    public TaxonomyRuleTagger(TopicRepository topics) {
        this.topics = topics;
    }

    @Override
    public Set<String> tag(String text) {
        List<TopicRule> rules = topics.findAllTopics().stream().map(TopicRule::of).toList();
        return new RuleTopicTagger(rules, analyzer, RuleTopicTagger.DEFAULT_MIN_OCCURRENCES, RuleTopicTagger.DEFAULT_LEAD_TERMS)
                .tag(text);
    }
}
