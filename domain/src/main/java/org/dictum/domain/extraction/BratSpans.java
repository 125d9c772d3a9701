package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads PolNeAR's brat standoff lines into attribution offsets, for training. */
final class BratSpans {

    private BratSpans() {
    }

    /**
     * Each attribution with a cue and a content as {cue start, cue end, content start, content end}: character
     * offsets, ends exclusive; a discontinuous span runs from its first part to its last.
     */
    static List<int[]> attributions(List<String> lines) {
        Map<String, int[]> spans = new HashMap<>();
        List<int[]> attributions = new ArrayList<>();
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (columns.length >= 2 && columns[0].startsWith("T")) {
                String[] typeAndRanges = columns[1].split(" ", 2);
                if (typeAndRanges.length == 2) {
                    String[] parts = typeAndRanges[1].split("[ ;]");
                    spans.put(columns[0], new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length - 1])});
                }
            }
        }
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (columns.length < 2 || !columns[0].startsWith("E")) {
                continue;
            }
            int[] cue = null;
            int[] content = null;
            for (String argument : columns[1].split(" ")) {
                String[] roleAndId = argument.split(":");
                if (roleAndId.length == 2 && roleAndId[0].startsWith("Cue")) {
                    cue = spans.get(roleAndId[1]);
                } else if (roleAndId.length == 2 && roleAndId[0].startsWith("Content")) {
                    content = spans.get(roleAndId[1]);
                }
            }
            if (cue != null && content != null) {
                attributions.add(new int[] {cue[0], cue[1], content[0], content[1]});
            }
        }
        return attributions;
    }
}
