package org.dictum.domain.topic.skos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dictum.domain.topic.TaxonomyCycleException;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.dictum.domain.topic.TopicRepository;

/**
 * Applies a SKOS concept scheme to the taxonomy: each concept updates the topic with the same code
 * (its {@code skos:notation}, else the last segment of its IRI), or the topic with the same label,
 * or becomes a new topic. For the topics it touches, the file is authoritative: labels, alternative
 * labels, scope note, match terms and broader topic are set to what it says. Topics the file does
 * not mention are left alone (articles refer to them), so an import never deletes anything.
 *
 * <p>Labels are taken in the taxonomy language ({@code en}); preferred labels in other languages
 * become alternative labels, so that they still find the topic. SKOS allows several broader
 * concepts; a topic has one, the first, and the others are reported as warnings.
 */
public final class TaxonomyImport {

    private final TopicRepository topics;
    private final String language;

    public TaxonomyImport(TopicRepository topics) {
        this(topics, "en");
    }

    public TaxonomyImport(TopicRepository topics, String language) {
        this.topics = topics;
        this.language = language;
    }

    /** What an import changed. */
    public record Summary(int created, int updated, List<String> warnings) {

        public Summary {
            warnings = List.copyOf(warnings);
        }
    }

    public Summary apply(SkosScheme scheme) {
        Map<String, Topic> byIri = new HashMap<>();
        Set<TopicCode> codes = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        int created = 0;
        for (SkosConcept concept : scheme.concepts()) {
            TopicCode code = codeOf(concept);
            String label = concept.prefLabel(language)
                    .orElseThrow(() -> new SkosFormatException("Concept <" + concept.iri() + "> has no skos:prefLabel"))
                    .text().strip();
            if (!codes.add(code)) {
                throw new SkosFormatException("Two concepts have the code '" + code + "'");
            }
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new SkosFormatException("Two concepts have the label '" + label + "'");
            }
            Topic topic = topics.findByCode(code).or(() -> topics.findByLabel(label)).orElse(null);
            if (topic == null) {
                topic = topics.save(new Topic(label, code));
                created++;
            } else {
                renameIfFree(topic, label);
            }
            describe(topic, concept);
            byIri.put(concept.iri(), topic);
        }
        List<String> warnings = new ArrayList<>();
        placeInHierarchy(scheme, byIri, warnings);
        return new Summary(created, scheme.concepts().size() - created, warnings);
    }

    private void renameIfFree(Topic topic, String label) {
        if (topic.getLabel().equals(label)) {
            return;
        }
        topics.findByLabel(label).filter(other -> other != topic).ifPresent(other -> {
            throw new SkosFormatException("Cannot rename topic '" + topic.getLabel() + "' (" + topic.getCode()
                    + ") to '" + label + "': topic " + other.getCode() + " already has that label");
        });
        topic.rename(label);
    }

    private void describe(Topic topic, SkosConcept concept) {
        Set<String> alternatives = new LinkedHashSet<>();
        concept.prefLabels().stream().filter(l -> !l.text().strip().equals(topic.getLabel()))
                .forEach(l -> alternatives.add(l.text().strip()));
        concept.altLabels().forEach(l -> alternatives.add(l.text().strip()));
        alternatives.removeIf(String::isEmpty);
        List.copyOf(topic.getAltLabels()).stream().filter(old -> !alternatives.contains(old)).forEach(topic::removeAltLabel);
        alternatives.forEach(topic::addAltLabel);

        Set<String> terms = new LinkedHashSet<>();
        concept.matchTerms().forEach(t -> terms.add(t.text().strip()));
        terms.removeIf(String::isEmpty);
        List.copyOf(topic.getMatchTerms()).stream().filter(old -> !terms.contains(old)).forEach(topic::removeMatchTerm);
        terms.forEach(topic::addMatchTerm);

        topic.describeScope(concept.scopeNote(language).map(LangString::text).orElse(null));
    }

    /** Detaches first, then attaches: a reorganised hierarchy must not look like a cycle halfway through. */
    private static void placeInHierarchy(SkosScheme scheme, Map<String, Topic> byIri, List<String> warnings) {
        scheme.concepts().forEach(concept -> byIri.get(concept.iri()).placeUnder(null));
        for (SkosConcept concept : scheme.concepts()) {
            if (concept.broader().isEmpty()) {
                continue;
            }
            Topic topic = byIri.get(concept.iri());
            String broaderIri = concept.broader().get(0);
            Topic broader = byIri.get(broaderIri);
            if (broader == null) {
                throw new SkosFormatException("Concept <" + concept.iri() + "> is narrower than <" + broaderIri
                        + ">, which is not a concept of the file");
            }
            try {
                topic.placeUnder(broader);
            } catch (TaxonomyCycleException cycle) {
                throw new SkosFormatException("The broader relations form a cycle at <" + concept.iri() + ">");
            }
            if (concept.broader().size() > 1) {
                warnings.add("Topic '" + topic.getLabel() + "' keeps only its first broader concept <" + broaderIri + ">");
            }
        }
    }

    static TopicCode codeOf(SkosConcept concept) {
        if (concept.notation() != null) {
            try {
                return new TopicCode(concept.notation().strip());
            } catch (IllegalArgumentException notASlug) {
                return TopicCode.fromLabel(concept.notation());
            }
        }
        String iri = concept.iri();
        int cut = Math.max(iri.lastIndexOf('/'), Math.max(iri.lastIndexOf('#'), iri.lastIndexOf(':')));
        return TopicCode.fromLabel(iri.substring(cut + 1));
    }
}
