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

    /**
     * A supplied label finds the topic of exactly that label, else the topic of that label in other case
     * ("politics" beside "Politics" split the topic's facet and OAI set in two); otherwise it adds a topic,
     * as written. Not by alternative label: those are the tagger's match terms, often broader or narrower
     * than a cataloguer's term (Reuters' "gas" is gasoline, the starter taxonomy's "Gas" natural gas).
     */
    Topic resolveSupplied(String label) {
        return topics.findByLabel(label)
                .or(() -> topics.findByLabelOrAltLabel(label).filter(topic -> topic.getLabel().equalsIgnoreCase(label.strip())))
                .orElseGet(() -> create(label));
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
