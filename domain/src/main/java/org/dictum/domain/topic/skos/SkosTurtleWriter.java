package org.dictum.domain.topic.skos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a concept scheme as Turtle that {@link SkosTurtleReader} and any RDF tool can read:
 * prefixed names for Dictum topic IRIs, one block per concept in the scheme's order, strings
 * escaped as Turtle requires.
 */
public final class SkosTurtleWriter {

    private static final Pattern SIMPLE_LOCAL_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?");
    private static final Map<String, String> PREFIXES = Map.of(
            "skos", Skos.SKOS, "dcterms", Skos.DCTERMS, "dictum", Skos.DICTUM, "topic", Skos.TOPIC_NAMESPACE);
    private static final List<String> PREFIX_ORDER = List.of("skos", "dcterms", "dictum", "topic");

    public String write(SkosScheme scheme) {
        StringBuilder out = new StringBuilder();
        for (String prefix : PREFIX_ORDER) {
            out.append("@prefix ").append(prefix).append(": <").append(PREFIXES.get(prefix)).append("> .\n");
        }
        out.append('\n').append(name(scheme.iri())).append(" a skos:ConceptScheme");
        for (LangString title : scheme.titles()) {
            out.append(" ;\n    dcterms:title ").append(literal(title));
        }
        List<String> topConcepts = scheme.concepts().stream()
                .filter(concept -> concept.broader().isEmpty()).map(SkosConcept::iri).map(SkosTurtleWriter::name).toList();
        if (!topConcepts.isEmpty()) {
            out.append(" ;\n    skos:hasTopConcept ").append(String.join(", ", topConcepts));
        }
        out.append(" .\n");
        for (SkosConcept concept : scheme.concepts()) {
            out.append('\n');
            writeConcept(out, concept, scheme.iri());
        }
        return out.toString();
    }

    private static void writeConcept(StringBuilder out, SkosConcept concept, String schemeIri) {
        List<String> properties = new ArrayList<>();
        properties.add("skos:inScheme " + name(schemeIri));
        concept.prefLabels().forEach(label -> properties.add("skos:prefLabel " + literal(label)));
        if (!concept.altLabels().isEmpty()) {
            properties.add("skos:altLabel " + literals(concept.altLabels()));
        }
        if (concept.notation() != null) {
            properties.add("skos:notation " + quoted(concept.notation()));
        }
        concept.broader().forEach(broader -> properties.add("skos:broader " + name(broader)));
        concept.scopeNotes().forEach(note -> properties.add("skos:scopeNote " + literal(note)));
        if (!concept.matchTerms().isEmpty()) {
            properties.add("dictum:matchTerm " + literals(concept.matchTerms()));
        }
        out.append(name(concept.iri())).append(" a skos:Concept");
        properties.forEach(property -> out.append(" ;\n    ").append(property));
        out.append(" .\n");
    }

    private static String literals(List<LangString> values) {
        return String.join(", ", values.stream().map(SkosTurtleWriter::literal).toList());
    }

    /** A prefixed name where one of our prefixes fits, else {@code <iri>}. */
    static String name(String iri) {
        for (String prefix : PREFIX_ORDER) {
            String namespace = PREFIXES.get(prefix);
            if (iri.startsWith(namespace) && SIMPLE_LOCAL_NAME.matcher(iri.substring(namespace.length())).matches()) {
                return prefix + ":" + iri.substring(namespace.length());
            }
        }
        if (iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
                || c == '|' || c == '^' || c == '`' || c == '\\')) {
            throw new SkosFormatException("Cannot write IRI <" + iri + ">: it contains characters Turtle does not allow");
        }
        return "<" + iri + ">";
    }

    static String literal(LangString value) {
        return quoted(value.text()) + (value.language().isEmpty() ? "" : "@" + value.language());
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
