package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names, ids and tags say about an element on any site: page furniture to drop, unlikely article
 * containers (comments, related links, share bars, cookie banners, appeals) and the weight of a likely container.
 * The rules are data ({@code markup-hints.txt}); see that file for the format.
 */
final class MarkupHints {

    static final int CLASS_WEIGHT = 10;
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final String dropSelector;
    private final Pattern furniture;
    private final Pattern unlikely;
    private final Pattern maybe;
    private final Pattern positive;
    private final Pattern negative;

    MarkupHints(List<String> rules) {
        List<String> drop = new ArrayList<>();
        List<String> furnitureParts = new ArrayList<>();
        List<String> unlikelyParts = new ArrayList<>();
        List<String> maybeParts = new ArrayList<>();
        List<String> positiveParts = new ArrayList<>();
        List<String> negativeParts = new ArrayList<>();
        for (String rule : rules) {
            int colon = rule.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Markup hint without kind: " + rule);
            }
            String value = rule.substring(colon + 1).strip();
            switch (rule.substring(0, colon).strip()) {
                case "drop" -> drop.add(value);
                case "furniture" -> furnitureParts.add(value);
                case "unlikely" -> unlikelyParts.add(value);
                case "maybe" -> maybeParts.add(value);
                case "positive" -> positiveParts.add(value);
                case "negative" -> negativeParts.add(value);
                default -> throw new IllegalArgumentException("Unknown markup hint kind: " + rule);
            }
        }
        this.dropSelector = String.join(", ", drop);
        this.furniture = alternatives(furnitureParts);
        this.unlikely = alternatives(unlikelyParts);
        this.maybe = alternatives(maybeParts);
        this.positive = alternatives(positiveParts);
        this.negative = alternatives(negativeParts);
    }

    static MarkupHints standard() {
        return new MarkupHints(ResourceLines.read("markup-hints.txt"));
    }

    /** CSS selector of elements that are never article text; empty when there are none. */
    String dropSelector() {
        return dropSelector;
    }

    boolean isUnlikelyContainer(Element element) {
        String names = names(element);
        if (names.isBlank()) {
            return false;
        }
        return furniture.matcher(names).find() || unlikely.matcher(names).find() && !maybe.matcher(names).find();
    }

    /** +{@value #CLASS_WEIGHT} for a positive hint, -{@value #CLASS_WEIGHT} for a negative one, both may add up. */
    int classWeight(Element element) {
        String names = names(element);
        if (names.isBlank()) {
            return 0;
        }
        int weight = 0;
        if (negative.matcher(names).find()) {
            weight -= CLASS_WEIGHT;
        }
        if (positive.matcher(names).find()) {
            weight += CLASS_WEIGHT;
        }
        return weight;
    }

    private static String names(Element element) {
        return element.className() + " " + element.id();
    }

    private static Pattern alternatives(List<String> parts) {
        if (parts.isEmpty()) {
            return NEVER;
        }
        return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE);
    }
}
