package org.dictum.domain.topic.skos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicRepository;

/**
 * The taxonomy as a SKOS concept scheme: one concept per topic, IRI {@code urn:dictum:topic:<code>},
 * notation the code, labels and notes in English. Concepts come parents first, siblings by label,
 * so that the Turtle reads like the tree.
 */
public final class TaxonomyExport {

    private final TopicRepository topics;

    public TaxonomyExport(TopicRepository topics) {
        this.topics = topics;
    }

    public SkosScheme export(String title) {
        List<Topic> all = topics.findAllTopics();
        Map<Topic, List<Topic>> children = new LinkedHashMap<>();
        List<Topic> roots = new ArrayList<>();
        for (Topic topic : all) {
            topic.getParent().ifPresentOrElse(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(topic),
                    () -> roots.add(topic));
        }
        List<SkosConcept> concepts = new ArrayList<>();
        roots.stream().sorted(Comparator.comparing(Topic::getLabel)).forEach(root -> addTree(root, children, concepts));
        return new SkosScheme(Skos.SCHEME_IRI, List.of(LangString.en(title)), concepts);
    }

    private static void addTree(Topic topic, Map<Topic, List<Topic>> children, List<SkosConcept> concepts) {
        concepts.add(conceptOf(topic));
        children.getOrDefault(topic, List.of()).stream().sorted(Comparator.comparing(Topic::getLabel))
                .forEach(child -> addTree(child, children, concepts));
    }

    static SkosConcept conceptOf(Topic topic) {
        return new SkosConcept(
                iriOf(topic),
                topic.getCode().value(),
                List.of(LangString.en(topic.getLabel())),
                topic.getAltLabels().stream().map(LangString::en).toList(),
                topic.getParent().map(TaxonomyExport::iriOf).stream().toList(),
                topic.getScopeNote().map(LangString::en).stream().toList(),
                topic.getMatchTerms().stream().map(LangString::en).toList());
    }

    static String iriOf(Topic topic) {
        return Skos.TOPIC_NAMESPACE + topic.getCode().value();
    }
}
