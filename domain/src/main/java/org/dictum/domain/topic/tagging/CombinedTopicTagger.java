package org.dictum.domain.topic.tagging;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The union of several taggers' topics: e.g. curated rules plus a classifier learned from the archive. */
public final class CombinedTopicTagger implements TopicTagger {

    private final List<TopicTagger> taggers;

    public CombinedTopicTagger(List<TopicTagger> taggers) {
        this.taggers = List.copyOf(taggers);
    }

    @Override
    public Set<String> tag(String text) {
        Set<String> labels = new TreeSet<>();
        taggers.forEach(tagger -> labels.addAll(tagger.tag(text)));
        return labels;
    }
}
