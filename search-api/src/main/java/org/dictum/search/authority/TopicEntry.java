package org.dictum.search.authority;

import java.util.List;
import org.dictum.domain.topic.Topic;

/** A topic of the taxonomy as the API and the portal show it; {@code parent} is the broader topic's id. */
public record TopicEntry(long id, String code, String label, List<String> altLabels, Long parent, String scopeNote,
                         List<String> matchTerms, long version) {

    public static TopicEntry of(Topic topic) {
        return new TopicEntry(topic.getId(), topic.getCode().value(), topic.getLabel(), List.copyOf(topic.getAltLabels()),
                topic.getParent().map(Topic::getId).orElse(null), topic.getScopeNote().orElse(null),
                List.copyOf(topic.getMatchTerms()), topic.getVersion());
    }
}
