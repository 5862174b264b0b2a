package org.iamemulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/**
 * Compares documents with a documented example element by element: the same names, nesting and order, and the same
 * kind of value (leaf or container; JSON value types), the values themselves aside.
 */
public final class OrderedShape {

    private OrderedShape() {}

    public static void assertSameXml(String actual, String expected) {
        compare("/", parse(actual), parse(expected));
    }

    public static void assertSameJson(JsonNode actual, JsonNode expected) {
        compare("$", actual, expected);
    }

    private static void compare(String path, Element actual, Element expected) {
        assertThat(actual.getTagName()).as("element at %s", path).isEqualTo(expected.getTagName());
        String here = path + expected.getTagName() + "/";
        List<Element> actualChildren = children(actual);
        List<Element> expectedChildren = children(expected);
        assertThat(names(actualChildren)).as("children of %s", here).containsExactlyElementsOf(names(expectedChildren));
        if (expectedChildren.isEmpty()) {
            assertThat(actual.getTextContent()).as("text of %s", here).isNotBlank();
        }
        for (int i = 0; i < expectedChildren.size(); i++) {
            compare(here, actualChildren.get(i), expectedChildren.get(i));
        }
    }

    private static void compare(String path, JsonNode actual, JsonNode expected) {
        assertThat(actual.getNodeType()).as("type of %s", path).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            assertThat(new ArrayList<>(actual.propertyNames()))
                    .as("members of %s", path)
                    .containsExactlyElementsOf(new ArrayList<>(expected.propertyNames()));
            for (String name : expected.propertyNames()) {
                compare(path + "." + name, actual.get(name), expected.get(name));
            }
        }
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.trim().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static List<String> names(List<Element> elements) {
        return elements.stream().map(Element::getTagName).toList();
    }
}
