package org.dictum.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Taxonomy page of an archive without topics says so, as the other lists say "No collections yet.": an archive
 * only starts without topics (deleting one needs another to take over its records), so the ITs, which share one
 * archive, never see that page, and it showed an empty tree without a word.
 */
class TaxonomyPageTest {

    private static final Path PAGE = Path.of("src/main/webapp/curation/taxonomy.xhtml");
    private static final String EMPTY = "#{empty taxonomyView.tree}";

    @Test
    void an_empty_taxonomy_says_there_are_no_topics_yet_in_place_of_the_tree() throws Exception {
        Document page = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(PAGE.toFile());

        Element none = byId(page.getDocumentElement(), "no-topics");

        assertThat(none).as("an element no-topics").isNotNull();
        assertThat(none.getTextContent().strip()).isEqualTo("No topics yet.");
        assertThat(renderedCondition(none)).as("shown only when the tree is empty").isEqualTo(EMPTY);
        Element tree = byId(page.getDocumentElement(), "tree");
        assertThat(tree.getAttribute("rendered")).as("no empty list for screen readers to announce")
                .isEqualTo("#{not empty taxonomyView.tree}");
    }

    /** The {@code rendered} condition of the element or of the nearest ancestor that has one. */
    private static String renderedCondition(Element element) {
        for (Node at = element; at instanceof Element e; at = at.getParentNode()) {
            if (e.hasAttribute("rendered")) {
                return e.getAttribute("rendered");
            }
        }
        return null;
    }

    private static Element byId(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return root;
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                Element found = byId(element, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
