package org.dictum.domain.ingest;

import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.dictum.domain.topic.TopicRepository;

/** Finds the taxonomy topics that submitters and taggers name, adding the ones it lacks. */
final class TopicResolver {

    private final TopicRepository topics;

    TopicResolver(TopicRepository topics) {
        this.topics = topics;
    }

    /** A supplied label is kept as written, exactly: cataloguers' vocabularies stay theirs. */
    Topic resolveSupplied(String label) {
        return topics.findByLabel(label).orElseGet(() -> create(label));
    }

    /** A tagger's label finds the topic it names by label or alternative label, ignoring case. */
    Topic resolveTagged(String label) {
        return topics.findByLabelOrAltLabel(label).orElseGet(() -> create(label));
    }

    private Topic create(String label) {
        TopicCode base = TopicCode.fromLabel(label);
        TopicCode code = base;
        for (int n = 2; topics.findByCode(code).isPresent(); n++) {
            code = base.withSuffix(n);
        }
        return topics.addShared(new Topic(label, code));
    }
}
