package org.dictum.web.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every single-choice field of the portal's pages either offers "none" as an option or requires a
 * choice. A request made by hand can leave a select out, and Faces then sets the bean's value to
 * null without a word: the actor form answered with the error page, the collection form stored a
 * collection with a visibility nobody chose, the settings form switched the archive's reading rule.
 * With {@code required}, such a request gets a message next to the field and changes nothing.
 */
class SingleChoicesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final String HTML = "jakarta.faces.html";
    private static final String CORE = "jakarta.faces.core";
    private static final Set<String> SINGLE_CHOICES = Set.of("selectOneMenu", "selectOneRadio", "selectOneListbox");

    @Test
    void every_single_choice_offers_none_or_requires_a_choice() throws Exception {
        List<String> unguarded = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Path page : pages()) {
            NodeList all = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(page.toFile())
                    .getElementsByTagNameNS(HTML, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element choice = (Element) all.item(i);
                if (SINGLE_CHOICES.contains(choice.getLocalName())) {
                    String name = PAGES.relativize(page) + " " + choice.getAttribute("id") + " " + choice.getAttribute("value");
                    seen.add(name);
                    if (!"true".equals(choice.getAttribute("required")) && !offersNone(choice)) {
                        unguarded.add(name);
                    }
                }
            }
        }

        assertThat(seen).as("the pages were read").hasSizeGreaterThan(10);
        assertThat(unguarded).as("single choices without required=\"true\" or an option for none").isEmpty();
    }

    @Test
    void a_required_choice_says_what_to_choose() throws Exception {
        for (Path page : pages()) {
            NodeList all = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(page.toFile())
                    .getElementsByTagNameNS(HTML, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element choice = (Element) all.item(i);
                if (SINGLE_CHOICES.contains(choice.getLocalName()) && "true".equals(choice.getAttribute("required"))) {
                    assertThat(choice.getAttribute("requiredMessage")).as(page + " " + choice.getAttribute("id")).startsWith("Choose");
                }
            }
        }
    }

    private static boolean offersNone(Element choice) {
        for (Node child = choice.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element item && CORE.equals(item.getNamespaceURI()) && "selectItem".equals(item.getLocalName())
                    && ("true".equals(item.getAttribute("noSelectionOption")) || item.hasAttribute("itemValue")
                    && item.getAttribute("itemValue").isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
