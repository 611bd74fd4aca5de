package dev.galley.render.pdf.svg;

import dev.galley.core.image.SvgCss;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSS an SVG declares for each of its elements: presentation attributes first, then the
 * rules of its {@code <style>} elements by specificity and order, then the {@code style}
 * attribute, each later one winning. Selectors: type, {@code *}, {@code .class}, {@code #id},
 * {@code [attribute]} and {@code [attribute=value]}, compounds of those, joined by descendant
 * and child combinators, in comma lists. A selector with anything else (pseudo-classes,
 * sibling combinators) matches nothing, so the drawing may lack a style a browser gives it,
 * never gain one.
 */
final class StyleSheet {

    private record Simple(String type, List<String> classes, String id, Map<String, String> attributes) {
    }

    /** Compounds from the subject (first) outwards, with whether each is a child of the next. */
    private record Selector(List<Simple> compounds, List<Boolean> child, int specificity, int order,
                            Map<String, String> properties) {
    }

    private static final Pattern PART = Pattern.compile(
            "([a-zA-Z][\\w-]*|\\*)|\\.([\\w-]+)|#([\\w-]+)|\\[\\s*([\\w-]+)\\s*(?:=\\s*\"?([^\\]\"]*)\"?\\s*)?]");

    private final List<Selector> selectors;

    private StyleSheet(List<Selector> selectors) {
        this.selectors = selectors;
    }

    /** The rules of every {@code <style>} in {@code root}, in document order. */
    static StyleSheet of(SvgNode.Element root) {
        List<Selector> selectors = new ArrayList<>();
        collect(root, selectors);
        selectors.sort(Comparator.comparingInt(Selector::specificity).thenComparingInt(Selector::order));
        return new StyleSheet(List.copyOf(selectors));
    }

    private static void collect(SvgNode.Element element, List<Selector> selectors) {
        if (element.name().equals("style")) {
            StringBuilder css = new StringBuilder();
            element.children().forEach(n -> {
                if (n instanceof SvgNode.Text t) {
                    css.append(t.text());
                }
            });
            for (SvgCss.Rule rule : SvgCss.rules(css.toString())) {
                for (String one : rule.selector().split(",")) {
                    Selector selector = selector(one.strip(), selectors.size(), rule.properties());
                    if (selector != null) {
                        selectors.add(selector);
                    }
                }
            }
            return;
        }
        element.elements().forEach(child -> collect(child, selectors));
    }

    private static Selector selector(String text, int order, Map<String, String> properties) {
        if (text.isEmpty()) {
            return null;
        }
        String spaced = text.replace(">", " > ");
        String[] tokens = spaced.strip().split("\\s+");
        List<Simple> compounds = new ArrayList<>();
        List<Boolean> child = new ArrayList<>();
        boolean nextIsChild = false;
        int ids = 0, classes = 0, types = 0;
        for (int i = tokens.length - 1; i >= 0; i--) {
            String token = tokens[i];
            if (token.equals(">")) {
                if (compounds.isEmpty() || nextIsChild) {
                    return null;
                }
                nextIsChild = true;
                continue;
            }
            Simple simple = simple(token);
            if (simple == null) {
                return null;
            }
            if (!compounds.isEmpty()) {
                child.add(nextIsChild);
            }
            nextIsChild = false;
            compounds.add(simple);
            ids += simple.id() == null ? 0 : 1;
            classes += simple.classes().size() + simple.attributes().size();
            types += simple.type() == null || simple.type().equals("*") ? 0 : 1;
        }
        if (compounds.isEmpty() || nextIsChild) {
            return null;
        }
        return new Selector(compounds, child, ids * 10_000 + classes * 100 + types, order, properties);
    }

    private static Simple simple(String token) {
        Matcher m = PART.matcher(token);
        int at = 0;
        String type = null;
        String id = null;
        List<String> classes = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        while (at < token.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (m.group(1) != null) {
                if (at != 0) {
                    return null;
                }
                type = m.group(1);
            } else if (m.group(2) != null) {
                classes.add(m.group(2));
            } else if (m.group(3) != null) {
                id = m.group(3);
            } else {
                attributes.put(m.group(4), m.group(5));
            }
            at = m.end();
        }
        return new Simple(type, classes, id, attributes);
    }

    /**
     * The declared properties of every element of {@code root}, found once: selectors match an
     * element where it is written, also when a {@code <use>} draws it elsewhere.
     */
    Map<SvgNode.Element, Map<String, String>> declared(SvgNode.Element root, Set<String> presentation) {
        Map<SvgNode.Element, Map<String, String>> declared = new IdentityHashMap<>();
        walk(root, new ArrayList<>(), declared, presentation);
        return declared;
    }

    private void walk(SvgNode.Element element, List<SvgNode.Element> ancestors,
                      Map<SvgNode.Element, Map<String, String>> declared, Set<String> presentation) {
        Map<String, String> properties = new LinkedHashMap<>();
        element.attributes().forEach((name, value) -> {
            if (presentation.contains(name)) {
                properties.put(name, value.strip());
            }
        });
        for (Selector selector : selectors) {
            if (matches(selector, element, ancestors)) {
                properties.putAll(selector.properties());
            }
        }
        String style = element.attribute("style");
        if (style != null) {
            properties.putAll(SvgCss.properties(style));
        }
        declared.put(element, properties);
        ancestors.add(element);
        for (SvgNode.Element child : element.elements()) {
            walk(child, ancestors, declared, presentation);
        }
        ancestors.remove(ancestors.size() - 1);
    }

    private static boolean matches(Selector selector, SvgNode.Element element, List<SvgNode.Element> ancestors) {
        if (!matches(selector.compounds().get(0), element)) {
            return false;
        }
        // remembered per (compound, ancestor): a hostile selector against deep nesting would
        // otherwise try every way of placing its compounds among the ancestors
        byte[][] memo = new byte[selector.compounds().size()][ancestors.size() + 1];
        return matchesFrom(selector, 1, ancestors, ancestors.size() - 1, memo);
    }

    /** Whether compounds from {@code k} on match among {@code ancestors[0..upTo]}. */
    private static boolean matchesFrom(Selector selector, int k, List<SvgNode.Element> ancestors, int upTo,
                                       byte[][] memo) {
        if (k == selector.compounds().size()) {
            return true;
        }
        if (memo[k][upTo + 1] != 0) {
            return memo[k][upTo + 1] > 0;
        }
        boolean child = selector.child().get(k - 1);
        boolean found = false;
        for (int i = upTo; i >= 0 && !found; i--) {
            if (matches(selector.compounds().get(k), ancestors.get(i))
                    && matchesFrom(selector, k + 1, ancestors, i - 1, memo)) {
                found = true;
            }
            if (child) {
                break;
            }
        }
        memo[k][upTo + 1] = (byte) (found ? 1 : -1);
        return found;
    }

    private static boolean matches(Simple simple, SvgNode.Element element) {
        if (simple.type() != null && !simple.type().equals("*") && !simple.type().equals(element.name())) {
            return false;
        }
        if (simple.id() != null && !simple.id().equals(element.attribute("id"))) {
            return false;
        }
        if (!simple.classes().isEmpty()) {
            String attr = element.attribute("class");
            if (attr == null) {
                return false;
            }
            List<String> have = List.of(attr.strip().split("\\s+"));
            if (!have.containsAll(simple.classes())) {
                return false;
            }
        }
        for (Map.Entry<String, String> wanted : simple.attributes().entrySet()) {
            String value = element.attribute(wanted.getKey());
            if (value == null || (wanted.getValue() != null && !wanted.getValue().equals(value))) {
                return false;
            }
        }
        return true;
    }
}
