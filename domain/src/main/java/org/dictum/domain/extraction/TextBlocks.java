package org.dictum.domain.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page into {@link TextBlock}s in document order: a block ends wherever a block-level element starts or ends
 * and at every {@code <br>}, so pages without any {@code <p>} (text in table cells or divs, lines separated by
 * {@code <br>}) are cut into lines just like paragraph pages are cut into paragraphs.
 */
final class TextBlocks {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "noframes",
            "frameset", "frame");

    private TextBlocks() {
    }

    static List<TextBlock> of(Element root) {
        Splitter splitter = new Splitter(root);
        NodeTraversor.traverse(splitter, root);
        splitter.flush();
        return splitter.blocks;
    }

    private static final class Splitter implements NodeVisitor {

        private final List<TextBlock> blocks = new ArrayList<>();
        private final Deque<Element> openBlocks = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int openLinks;

        Splitter(Element root) {
            openBlocks.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    openBlocks.push(element);
                } else if (tag.equals("a") && element.hasAttr("href")) {
                    openLinks++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    openBlocks.pop();
                } else if (tag.equals("a") && element.hasAttr("href")) {
                    openLinks--;
                }
            }
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
                if (space) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                        countLink(1);
                    }
                } else {
                    text.append(c);
                    countLink(1);
                }
            }
        }

        private void countLink(int chars) {
            if (openLinks > 0) {
                linkChars += chars;
            }
        }

        void flush() {
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0) {
                blocks.add(new TextBlock(text.substring(0, end), Math.min(linkChars, end), openBlocks.peek()));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
