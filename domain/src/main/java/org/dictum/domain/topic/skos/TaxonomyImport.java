package org.dictum.domain.topic.skos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.dictum.domain.ConflictException;
import org.dictum.domain.Slugs;
import org.dictum.domain.topic.TaxonomyCycleException;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.dictum.domain.topic.TopicLabels;
import org.dictum.domain.topic.TopicRepository;

/**
 * Applies a SKOS concept scheme to the taxonomy: each concept updates the topic with the same code
 * (its {@code skos:notation}, else the last segment of its IRI) or becomes a new topic. Codes alone
 * match: a concept whose label another topic has, one that the file does not mention, is refused
 * (409), as adding a topic with that label would be, instead of overwriting that topic. For the topics
 * it touches, the file is authoritative: labels, alternative labels, scope note, match terms and
 * broader topic are set to what it says, so labels may also change places between its concepts.
 * Topics the file does not mention are left alone (articles refer to them): an import never deletes.
 *
 * <p>Every value is checked before anything changes, so a refused file leaves the taxonomy as it was.
 * Labels are taken in the taxonomy language ({@code en}); preferred labels in other languages
 * become alternative labels, so that they still find the topic. SKOS allows several broader
 * concepts; a topic has one, the first, and the others are reported as warnings.
 */
public final class TaxonomyImport {

    /** Concept IRIs longer than this are shortened in messages. */
    private static final int MAX_IRI_SHOWN = 120;

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

    /**
     * A concept as it will be applied: its values checked on {@code draft}, a new topic holding them
     * all, and {@code existing}, the topic of its code (null: the draft is added).
     */
    private record Entry(SkosConcept concept, TopicCode code, Topic draft, Map<String, String> altLabels,
                         Set<String> matchTerms, String scopeNote, Topic existing) {

        String label() {
            return draft.getLabel();
        }
    }

    /** Applies the scheme, all or nothing: a file that cannot apply throws before the first change. */
    public Summary apply(SkosScheme scheme) {
        List<Entry> entries = read(scheme);
        requireLabelsFree(entries);
        releaseLabelsTakenWithinTheFile(entries);
        Map<String, Topic> byIri = new HashMap<>();
        int created = 0;
        for (Entry entry : entries) {
            Topic topic = entry.existing();
            if (topic == null) {
                topic = topics.save(entry.draft());
                created++;
            } else {
                topic.rename(entry.label());
                describe(topic, entry);
            }
            byIri.put(entry.concept().iri(), topic);
        }
        List<String> warnings = new ArrayList<>();
        placeInHierarchy(scheme, byIri, warnings);
        entries.forEach(entry -> warnOfScopeNotesLeftOut(entry, byIri.get(entry.concept().iri()), warnings));
        return new Summary(created, entries.size() - created, warnings);
    }

    /**
     * A topic has one scope note, the one in the taxonomy language (or else without a language, or else the first):
     * others in that same language were dropped without a word, and the next export lost them. They are reported.
     */
    private void warnOfScopeNotesLeftOut(Entry entry, Topic topic, List<String> warnings) {
        entry.concept().scopeNote(language).ifPresent(kept -> {
            long same = entry.concept().scopeNotes().stream().filter(note -> note.language().equals(kept.language())).count();
            if (same > 1) {
                warnings.add("Topic '" + topic.getLabel() + "' keeps only its first skos:scopeNote"
                        + (kept.language().isEmpty() ? " without a language" : " in '" + kept.language() + "'")
                        + "; the file gives " + same + ", the others are left out");
            }
        });
    }

    /** Every concept with its values checked by the rules of {@link Topic}, and unique codes and labels within the file. */
    private List<Entry> read(SkosScheme scheme) {
        Map<TopicCode, SkosConcept> codes = new HashMap<>();
        Map<String, SkosConcept> labels = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (SkosConcept concept : scheme.concepts()) {
            Entry entry = entryOf(concept);
            SkosConcept sameCode = codes.putIfAbsent(entry.code(), concept);
            if (sameCode != null) {
                throw new SkosFormatException("Two concepts have the code '" + entry.code() + "': " + nameOf(sameCode)
                        + " and " + nameOf(concept) + "; each topic needs its own (skos:notation, else the last segment of the IRI)");
            }
            SkosConcept sameLabel = labels.putIfAbsent(entry.label().toLowerCase(Locale.ROOT), concept);
            if (sameLabel != null) {
                throw new SkosFormatException("Two concepts have the label '" + entry.label() + "' (ignoring case): "
                        + nameOf(sameLabel) + " and " + nameOf(concept) + "; each topic needs its own skos:prefLabel");
            }
            entries.add(entry);
        }
        return entries;
    }

    private Entry entryOf(SkosConcept concept) {
        TopicCode code = codeOf(concept);
        String label = concept.prefLabel(language)
                .orElseThrow(() -> new SkosFormatException("Concept " + nameOf(concept) + " has no skos:prefLabel"))
                .text();
        Topic draft = valid(concept, "skos:prefLabel", () -> new Topic(label, code));

        Map<String, String> alternatives = new LinkedHashMap<>();   // label -> the property it came from
        concept.prefLabels().forEach(other -> alternatives.putIfAbsent(other.text().strip(),
                other.language().isEmpty() ? "skos:prefLabel" : "skos:prefLabel@" + other.language()));
        concept.altLabels().forEach(alternative -> alternatives.putIfAbsent(alternative.text().strip(), "skos:altLabel"));
        alternatives.remove(draft.getLabel());
        alternatives.remove("");
        alternatives.forEach((alternative, property) -> check(concept, property, () -> draft.addAltLabel(alternative)));

        Set<String> terms = new LinkedHashSet<>();
        concept.matchTerms().forEach(term -> terms.add(term.text().strip()));
        terms.remove("");
        terms.forEach(term -> check(concept, "dictum:matchTerm", () -> draft.addMatchTerm(term)));

        String scopeNote = concept.scopeNote(language).map(LangString::text).orElse(null);
        check(concept, "skos:scopeNote", () -> draft.describeScope(scopeNote));
        return new Entry(concept, code, draft, alternatives, terms, scopeNote, topics.findByCode(code).orElse(null));
    }

    /**
     * A label may be taken from a topic only when the file gives that topic another one: a topic the
     * file does not mention keeps its label, and the concept is refused rather than matched to it.
     */
    private void requireLabelsFree(List<Entry> entries) {
        List<Topic> ofTheFile = entries.stream().map(Entry::existing).filter(Objects::nonNull).toList();
        TopicLabels rule = new TopicLabels(topics);
        for (Entry entry : entries) {
            rule.conflict(entry.label(), holder -> ofTheFile.stream().anyMatch(topic -> Topic.same(topic, holder))).ifPresent(why -> {
                throw new ConflictException("Concept " + nameOf(entry.concept()) + " (code " + entry.code() + "), skos:prefLabel: "
                        + why + ", which the file does not mention. Concepts are matched to topics by code (skos:notation,"
                        + " else the last segment of the IRI): give the concept that topic's code to update it, or another label");
            });
        }
    }

    /**
     * Topics whose label goes to another concept of the file (two concepts swap labels, or a new one
     * takes a renamed topic's label) get a temporary label first, written at once: the store checks
     * that labels are unique change by change, and would refuse the swap however it is ordered. The
     * temporary label never outlives this import.
     */
    private void releaseLabelsTakenWithinTheFile(List<Entry> entries) {
        Map<String, Entry> byLabel = new HashMap<>();
        entries.forEach(entry -> byLabel.put(entry.label().toLowerCase(Locale.ROOT), entry));
        boolean released = false;
        for (Entry entry : entries) {
            Topic topic = entry.existing();
            Entry taker = topic == null ? null : byLabel.get(topic.getLabel().toLowerCase(Locale.ROOT));
            if (taker != null && taker != entry) {
                topic.rename("relabelling " + topic.getCode() + " " + UUID.randomUUID());
                released = true;
            }
        }
        if (released) {
            topics.writeChanges();
        }
    }

    private static void describe(Topic topic, Entry entry) {
        Set<String> alternatives = new LinkedHashSet<>(entry.altLabels().keySet());
        List.copyOf(topic.getAltLabels()).stream().filter(old -> !alternatives.contains(old)).forEach(topic::removeAltLabel);
        alternatives.forEach(topic::addAltLabel);

        List.copyOf(topic.getMatchTerms()).stream().filter(old -> !entry.matchTerms().contains(old)).forEach(topic::removeMatchTerm);
        entry.matchTerms().forEach(topic::addMatchTerm);

        topic.describeScope(entry.scopeNote());
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
                throw new SkosFormatException("Concept " + nameOf(concept) + " is narrower than <" + broaderIri
                        + ">, which is not a concept of the file");
            }
            try {
                topic.placeUnder(broader);
            } catch (TaxonomyCycleException cycle) {
                throw new SkosFormatException("The broader relations form a cycle at " + nameOf(concept));
            }
            if (concept.broader().size() > 1) {
                warnings.add("Topic '" + topic.getLabel() + "' keeps only its first broader concept <" + broaderIri + ">");
            }
        }
    }

    /**
     * The notation, else the IRI's last segment, as a slug; refused when that is longer than a code
     * may be, rather than cut (two long notations could be cut to the same code).
     */
    static TopicCode codeOf(SkosConcept concept) {
        boolean notation = concept.notation() != null;
        String source;
        if (notation) {
            source = concept.notation().strip();
        } else {
            String iri = concept.iri();
            source = iri.substring(Math.max(iri.lastIndexOf('/'), Math.max(iri.lastIndexOf('#'), iri.lastIndexOf(':'))) + 1);
        }
        String slug = Slugs.isSlug(source, TopicCode.MAX_LENGTH) ? source : Slugs.of(source, "topic");
        if (slug.length() > TopicCode.MAX_LENGTH) {
            throw new SkosFormatException("Concept " + nameOf(concept) + ", " + (notation ? "skos:notation" : "the last segment of its IRI")
                    + ": a topic code has at most " + TopicCode.MAX_LENGTH + " characters, this one would have " + slug.length());
        }
        return new TopicCode(slug);
    }

    /** The concept's IRI in angle brackets, shortened when it is too long to read. */
    private static String nameOf(SkosConcept concept) {
        String iri = concept.iri();
        return "<" + (iri.length() > MAX_IRI_SHOWN ? iri.substring(0, MAX_IRI_SHOWN) + "…" : iri) + ">";
    }

    /** The value that {@code step} builds, or 400 naming the concept and the property whose value a rule of Topic refused. */
    private static <T> T valid(SkosConcept concept, String property, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException refused) {
            throw new SkosFormatException("Concept " + nameOf(concept) + ", " + property + ": " + refused.getMessage());
        }
    }

    private static void check(SkosConcept concept, String property, Runnable step) {
        valid(concept, property, () -> {
            step.run();
            return null;
        });
    }
}
