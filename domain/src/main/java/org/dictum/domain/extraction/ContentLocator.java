package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article body among a page's text blocks. Each block of prose (long enough, few links) gives points to
 * the element it sits in and, halving, to that element's ancestors; an element's score also reflects its tag and
 * its class/id hints and is cut by its link density. The body is the best-scoring element, moved up to an ancestor
 * when the paragraphs are spread over several good containers, plus those of its siblings that score well or read
 * like prose (a lead paragraph kept apart from the body, a second column).
 */
final class ContentLocator {

    static final int MIN_SCORED_CHARS = 25;
    private static final int MAX_LEVELS = 5;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2",
            "h3", "h4", "h5", "h6", "caption", "th", "legend", "address");

    private final MarkupHints hints;

    ContentLocator(MarkupHints hints) {
        this.hints = hints;
    }

    /**
     * The elements whose blocks make up the article body, in document order; the whole root when no block is long
     * enough to score (a page of a few short lines).
     */
    List<Element> locate(Element root, List<TextBlock> blocks, LinkLists linkLists) {
        Scores scores = score(blocks.stream().filter(block -> !linkLists.contains(block)).toList());
        Element top = scores.best();
        if (top == null) {
            return List.of(root);
        }
        top = moveUp(top, scores);
        return withSiblings(top, scores);
    }

    private Scores score(List<TextBlock> blocks) {
        Scores scores = new Scores();
        for (TextBlock block : blocks) {
            scores.countText(block);
            if (block.text().length() < MIN_SCORED_CHARS) {
                continue;
            }
            double points = 1 + commas(block.text()) + Math.min(block.text().length() / 100, 3);
            int level = 0;
            for (Element element = firstScoredLevel(block); element != null && level < MAX_LEVELS;
                 element = element.parent(), level++) {
                if (element.normalName().equals("html")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.add(element, points / divider);
            }
        }
        return scores;
    }

    private static Element firstScoredLevel(TextBlock block) {
        Element container = block.container();
        return PARAGRAPH_TAGS.contains(container.normalName()) && container.parent() != null
                ? container.parent() : container;
    }

    /** Readability's rule: when several near-best candidates share an ancestor, the body is that ancestor. */
    private Element moveUp(Element top, Scores scores) {
        double topScore = scores.finalScore(top);
        List<Element> alternatives = scores.candidates().stream()
                .filter(candidate -> candidate != top && scores.finalScore(candidate) >= 0.75 * topScore)
                .filter(candidate -> !isAncestor(candidate, top) && !isAncestor(top, candidate))
                .toList();
        if (alternatives.size() >= 2) {
            for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("html");
                 ancestor = ancestor.parent()) {
                Element candidateAncestor = ancestor;
                long inside = alternatives.stream().filter(alt -> isAncestor(candidateAncestor, alt)).count();
                if (inside >= 2) {
                    return ancestor;
                }
            }
        }
        Element current = top;
        while (current.parent() != null && !current.parent().normalName().equals("html")
                && current.parent().children().size() == 1) {
            current = current.parent();
        }
        return current;
    }

    private List<Element> withSiblings(Element top, Scores scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> selected = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                selected.add(sibling);
                continue;
            }
            double bonus = !top.className().isBlank() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.has(sibling) && scores.finalScore(sibling) + bonus >= threshold) {
                selected.add(sibling);
            } else if (readsLikeProse(sibling, scores)) {
                selected.add(sibling);
            }
        }
        return selected;
    }

    private boolean readsLikeProse(Element sibling, Scores scores) {
        if (!PARAGRAPH_TAGS.contains(sibling.normalName()) && !sibling.normalName().equals("div")) {
            return false;
        }
        int chars = scores.textChars(sibling);
        double linkDensity = scores.linkDensity(sibling);
        if (chars > 80) {
            return linkDensity < 0.25;
        }
        String text = sibling.text().strip();
        return chars > 0 && linkDensity == 0 && text.matches("(?s).*[.!?][\"'”’)]?$");
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element current = element.parent(); current != null; current = current.parent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                commas++;
            }
        }
        return commas;
    }

    /** Content scores and text statistics of elements, by identity. */
    private final class Scores {

        private final Map<Element, Double> content = new IdentityHashMap<>();
        private final Map<Element, int[]> text = new IdentityHashMap<>();

        void add(Element element, double points) {
            content.merge(element, initialScore(element) + points, (old, added) -> old + points);
        }

        void countText(TextBlock block) {
            for (Element element = block.container(); element != null; element = element.parent()) {
                int[] counts = text.computeIfAbsent(element, e -> new int[2]);
                counts[0] += block.text().length();
                counts[1] += block.linkChars();
            }
        }

        boolean has(Element element) {
            return content.containsKey(element);
        }

        Set<Element> candidates() {
            return new LinkedHashSet<>(content.keySet());
        }

        Element best() {
            return content.keySet().stream().max(Comparator.comparingDouble(this::finalScore)).orElse(null);
        }

        double finalScore(Element element) {
            return content.getOrDefault(element, 0.0) * (1 - linkDensity(element));
        }

        int textChars(Element element) {
            int[] counts = text.get(element);
            return counts == null ? 0 : counts[0];
        }

        double linkDensity(Element element) {
            int[] counts = text.get(element);
            return counts == null || counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
        }

        private double initialScore(Element element) {
            double tagScore = switch (element.normalName()) {
                case "div", "article", "main", "section" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            return tagScore + hints.classWeight(element);
        }
    }
}
