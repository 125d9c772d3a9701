package org.dictum.bench.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff files. Text-bound lines {@code T12<TAB>Content 10 20;25 40<TAB>text} give labelled
 * spans (";" separates the parts of a discontinuous span); event lines {@code E3<TAB>Attribution:T4 Content:T3 Cue:T2
 * Source:T1} (or {@code Attribution-no-source:...}) tie them into attributions. Span texts may run over several
 * lines, so only lines that start with an id are read, and offsets are taken from the id line. Discard and Discuss
 * annotations are not attributions and are ignored.
 */
final class BratAttributions {

    private BratAttributions() {
    }

    static List<GoldAttribution> parse(List<String> lines) {
        Map<String, List<CharSpan>> spansById = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                continue;
            }
            if (columns[0].matches("T\\d+")) {
                spansById.put(columns[0], spans(columns[1]));
            } else if (columns[0].matches("E\\d+")) {
                events.add(columns[1].strip().split("\\s+"));
            }
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String[] arguments : events) {
            Map<String, List<CharSpan>> roles = new HashMap<>();
            for (String argument : arguments) {
                int colon = argument.indexOf(':');
                roles.put(argument.substring(0, colon), spansById.getOrDefault(argument.substring(colon + 1), List.of()));
            }
            if (roles.containsKey("Content")) {
                attributions.add(new GoldAttribution(roles.getOrDefault("Source", List.of()),
                        roles.getOrDefault("Cue", List.of()), roles.get("Content")));
            }
        }
        return attributions;
    }

    /** "Content 10 20;25 40" without the label. */
    private static List<CharSpan> spans(String labelAndOffsets) {
        String offsets = labelAndOffsets.substring(labelAndOffsets.indexOf(' ') + 1);
        List<CharSpan> spans = new ArrayList<>();
        for (String part : offsets.split(";")) {
            String[] bounds = part.strip().split(" ");
            spans.add(new CharSpan(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])));
        }
        return spans;
    }
}
