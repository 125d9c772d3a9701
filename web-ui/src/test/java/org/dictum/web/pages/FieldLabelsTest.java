package org.dictum.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every field of the portal's pages has a name a screen reader can say: a label for it, a label
 * around it, or an {@code aria-label}. A select without one is announced as "combo box" and
 * nothing else, so a blind librarian cannot tell which of a form's menus chooses what.
 */
class FieldLabelsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final String HTML = "jakarta.faces.html";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String PASSTHROUGH = "jakarta.faces.passthrough";
    /** Faces fields that render one input; check box and radio groups label each of their items themselves. */
    private static final Set<String> FACES_FIELDS = Set.of("inputText", "inputTextarea", "inputSecret", "inputFile",
            "selectOneMenu", "selectOneListbox", "selectManyMenu", "selectManyListbox", "selectBooleanCheckbox");
    private static final Set<String> GROUPS = Set.of("selectManyCheckbox", "selectOneRadio");
    private static final Set<String> PLAIN_FIELDS = Set.of("input", "select", "textarea");
    private static final Set<String> UNLABELLED_TYPES = Set.of("hidden", "submit", "button", "reset", "image");

    @Test
    void every_field_has_a_label() throws Exception {
        List<String> unlabelled = new ArrayList<>();
        int fields = 0;
        for (Path page : pages()) {
            Document document = parse(page);
            Set<String> labelled = labelTargets(document);
            List<Element> all = fields(document);
            fields += all.size();
            for (Element field : all) {
                if (!labelled.contains(key(field, field.getAttribute("id"))) && !insideLabel(field) && !namedByAria(field)) {
                    unlabelled.add(PAGES.relativize(page) + " " + field.getLocalName() + " id=" + field.getAttribute("id")
                            + " value=" + field.getAttribute("value"));
                }
            }
        }

        assertThat(fields).as("the pages' fields were read").isGreaterThan(50);
        assertThat(unlabelled).as("fields without a label, a label around them or aria-label").isEmpty();
    }

    /**
     * A group of check boxes or radio buttons is named as a whole: inside a fieldset with a legend or named by
     * {@code aria-labelledby}, or named itself. Each item's own label says only "Statement 12: …", not what ticking it
     * does.
     */
    @Test
    void every_check_box_and_radio_group_has_a_group_name() throws Exception {
        List<String> unnamed = new ArrayList<>();
        int groups = 0;
        for (Path page : pages()) {
            NodeList all = parse(page).getElementsByTagNameNS(HTML, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element group = (Element) all.item(i);
                if (GROUPS.contains(group.getLocalName())) {
                    groups++;
                    if (!namedByAria(group) && !insideNamedFieldset(group)) {
                        unnamed.add(PAGES.relativize(page) + " " + group.getLocalName() + " id=" + group.getAttribute("id"));
                    }
                }
            }
        }

        assertThat(groups).as("the pages' check box and radio groups were read").isGreaterThanOrEqualTo(2);
        assertThat(unnamed).as("groups outside a fieldset with a legend or aria-labelledby").isEmpty();
    }

    private static boolean insideNamedFieldset(Element group) {
        for (Node parent = group.getParentNode(); parent instanceof Element element; parent = parent.getParentNode()) {
            if ("fieldset".equals(element.getLocalName()) && XHTML.equals(element.getNamespaceURI())) {
                return element.hasAttribute("aria-labelledby") || element.getElementsByTagNameNS(XHTML, "legend").getLength() > 0;
            }
        }
        return false;
    }

    private static List<Element> fields(Document document) {
        List<Element> fields = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            boolean facesField = HTML.equals(element.getNamespaceURI()) && FACES_FIELDS.contains(element.getLocalName());
            boolean plainField = XHTML.equals(element.getNamespaceURI()) && PLAIN_FIELDS.contains(element.getLocalName())
                    && !UNLABELLED_TYPES.contains(element.getAttribute("type"));
            if (facesField || plainField) {
                fields.add(element);
            }
        }
        return fields;
    }

    /**
     * The fields that an {@code h:outputLabel for} or a {@code label for} of the page names, each as its form and id:
     * a label names the field of that id in its own form (a form is a naming container), not one in another form.
     */
    private static Set<String> labelTargets(Document document) {
        Set<String> targets = new HashSet<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            boolean facesLabel = HTML.equals(element.getNamespaceURI()) && "outputLabel".equals(element.getLocalName());
            boolean plainLabel = XHTML.equals(element.getNamespaceURI()) && "label".equals(element.getLocalName());
            if ((facesLabel || plainLabel) && element.hasAttribute("for")) {
                targets.add(key(element, element.getAttribute("for")));
            }
        }
        return targets;
    }

    private static String key(Element element, String id) {
        return System.identityHashCode(formOf(element)) + ":" + id;
    }

    /** The element's {@code h:form}, or the document for an element outside any form. */
    private static Node formOf(Element element) {
        for (Node parent = element.getParentNode(); parent instanceof Element ancestor; parent = parent.getParentNode()) {
            if (HTML.equals(ancestor.getNamespaceURI()) && "form".equals(ancestor.getLocalName())) {
                return ancestor;
            }
        }
        return element.getOwnerDocument();
    }

    private static boolean insideLabel(Element field) {
        for (Node parent = field.getParentNode(); parent instanceof Element element; parent = parent.getParentNode()) {
            if ("label".equals(element.getLocalName()) && XHTML.equals(element.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedByAria(Element field) {
        return field.hasAttribute("aria-label") || field.hasAttribute("aria-labelledby")
                || field.hasAttributeNS(PASSTHROUGH, "aria-label") || field.hasAttributeNS(PASSTHROUGH, "aria-labelledby");
    }

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newNSInstance();
        return factory.newDocumentBuilder().parse(page.toFile());
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
