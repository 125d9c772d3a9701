package org.dictum.domain.extraction;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The blocks of a page that sit in lists of links (ul, ol, dl whose text is mostly linked): menus, "related stories",
 * "most read". They are neither article text nor evidence against the container they sit in, which often holds an
 * inline box of related links next to the article's paragraphs.
 */
final class LinkLists {

    static final double MIN_LIST_LINK_DENSITY = 0.3;

    private final Set<TextBlock> inLinkLists;

    private LinkLists(Set<TextBlock> inLinkLists) {
        this.inLinkLists = inLinkLists;
    }

    static LinkLists of(List<TextBlock> blocks) {
        Map<Element, int[]> listText = new IdentityHashMap<>();
        Map<TextBlock, Element> listOf = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            Element list = block.container().closest("ul, ol, dl");
            if (list != null) {
                listOf.put(block, list);
                int[] counts = listText.computeIfAbsent(list, l -> new int[2]);
                counts[0] += block.text().length();
                counts[1] += block.linkChars();
            }
        }
        Set<TextBlock> linked = Collections.newSetFromMap(new IdentityHashMap<>());
        listOf.forEach((block, list) -> {
            int[] counts = listText.get(list);
            if (counts[0] > 0 && (double) counts[1] / counts[0] > MIN_LIST_LINK_DENSITY) {
                linked.add(block);
            }
        });
        return new LinkLists(linked);
    }

    boolean contains(TextBlock block) {
        return inLinkLists.contains(block);
    }
}
