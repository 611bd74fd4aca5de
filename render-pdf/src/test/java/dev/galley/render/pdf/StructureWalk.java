package dev.galley.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tagged PDF the way assistive technology does: walks the structure tree in order and
 * takes each element's marked content from the pages (ActualText where a span has it: ligatures,
 * the line breaker's hyphens), a Figure's Alt instead of its content. Gives the tree as an
 * indented dump (Typst's idea: accessibility as text) and the text read in order.
 */
final class StructureWalk {

    /** One element: its type, attributes worth showing, and its kids (elements or text). */
    record Node(String type, String attributes, List<Object> kids) {
    }

    private final Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
    private final List<Map<Integer, String>> pageTexts = new ArrayList<>();

    private StructureWalk(PDDocument pdf) throws IOException {
        int i = 0;
        for (PDPage page : pdf.getPages()) {
            pageIndex.put(page.getCOSObject(), i++);
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    texts.merge(content.getMCID(), text(content), String::concat);
                }
            }
            pageTexts.add(texts);
        }
    }

    /** The structure tree of {@code pdf}, from its Document element. */
    static Node tree(PDDocument pdf) throws IOException {
        StructureWalk walk = new StructureWalk(pdf);
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            throw new IllegalStateException("not tagged: no StructTreeRoot");
        }
        COSBase k = root.getDictionaryObject(COSName.K);
        return walk.node((COSDictionary) k);
    }

    private Node node(COSDictionary element) {
        String type = element.getCOSName(COSName.S).getName();
        StringBuilder attributes = new StringBuilder();
        String alt = element.getString(COSName.getPDFName("Alt"));
        if (alt != null) {
            attributes.append(" Alt=\"").append(alt).append('"');
        }
        String id = element.getString(COSName.getPDFName("ID"));
        if (id != null) {
            attributes.append(" ID=").append(id);
        }
        COSDictionary a = element.getCOSDictionary(COSName.A);
        if (a != null && a.getCOSName(COSName.getPDFName("Scope")) != null) {
            attributes.append(" Scope=").append(a.getCOSName(COSName.getPDFName("Scope")).getName());
        }
        if (a != null && a.getCOSName(COSName.getPDFName("ListNumbering")) != null) {
            attributes.append(" ListNumbering=").append(a.getCOSName(COSName.getPDFName("ListNumbering")).getName());
        }
        COSDictionary page = element.getCOSDictionary(COSName.PG);
        List<Object> kids = new ArrayList<>();
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> items = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                items.add(array.getObject(i));
            }
        } else if (k != null) {
            items.add(k instanceof COSObject o ? o.getObject() : k);
        }
        for (COSBase item : items) {
            if (item instanceof org.apache.pdfbox.cos.COSInteger mcid) {
                if (page == null) {
                    throw new IllegalStateException("an MCID in " + type + " whose element has no /Pg");
                }
                kids.add(textOf(page, mcid.intValue()));
            } else if (item instanceof COSDictionary dict) {
                COSName kind = dict.getCOSName(COSName.TYPE);
                if (COSName.getPDFName("MCR").equals(kind)) {
                    COSDictionary pg = dict.getCOSDictionary(COSName.PG);
                    kids.add(textOf(pg != null ? pg : page, dict.getInt(COSName.getPDFName("MCID"))));
                } else if (COSName.getPDFName("OBJR").equals(kind)) {
                    kids.add(new Node("OBJR", "", List.of()));
                } else {
                    kids.add(node(dict));
                }
            }
        }
        return new Node(type, attributes.toString(), kids);
    }

    private String textOf(COSDictionary page, int mcid) {
        Integer index = pageIndex.get(page);
        if (index == null) {
            throw new IllegalStateException("marked content on an unknown page");
        }
        String text = pageTexts.get(index).get(mcid);
        if (text == null) {
            throw new IllegalStateException("MCID " + mcid + " not found on page " + (index + 1));
        }
        return text;
    }

    private static String text(PDMarkedContent content) {
        if (content.getActualText() != null) {
            return content.getActualText();
        }
        StringBuilder out = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                out.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                out.append(text(nested));
            }
        }
        return out.toString();
    }

    /**
     * The text read from {@code node} in order: marked-content pieces joined by a space (each is
     * a line or part of one), except after a soft hyphen (a word the breaker split), which goes;
     * a Figure is its Alt.
     */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        if (node.type().equals("Figure")) {
            String alt = node.attributes().replaceFirst("^ Alt=\"(.*?)\".*$", "$1");
            join(out, alt);
            return;
        }
        for (Object kid : node.kids()) {
            if (kid instanceof String text) {
                join(out, text);
            } else {
                append((Node) kid, out);
            }
        }
    }

    private static void join(StringBuilder out, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == '\u00AD') {
            out.setLength(last);
        } else if (last >= 0 && !Character.isWhitespace(out.charAt(last)) && !Character.isWhitespace(text.charAt(0))) {
            out.append(' ');
        }
        out.append(text);
    }

    /** The tree as indented lines: each element with its attributes, its text pieces quoted. */
    static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.type()).append(node.attributes());
        boolean inline = node.kids().stream().allMatch(k -> k instanceof String || isObjr(k));
        if (node.kids().stream().anyMatch(StructureWalk::isObjr)) {
            out.append(" [annotation]");
        }
        if (inline) {
            StringBuilder text = new StringBuilder();
            for (Object kid : node.kids()) {
                if (kid instanceof String piece) {
                    join(text, piece);
                }
            }
            out.append(text.isEmpty() ? "" : " \"" + text.toString().strip() + "\"").append('\n');
            return;
        }
        out.append('\n');
        StringBuilder text = new StringBuilder();
        for (Object kid : node.kids()) {
            if (kid instanceof String piece) {
                join(text, piece);
            } else if (!isObjr(kid)) {
                flush(text, depth + 1, out);
                dump((Node) kid, depth + 1, out);
            }
        }
        flush(text, depth + 1, out);
    }

    private static void flush(StringBuilder text, int depth, StringBuilder out) {
        if (!text.isEmpty()) {
            out.append("  ".repeat(depth)).append('"').append(text.toString().strip()).append("\"\n");
            text.setLength(0);
        }
    }

    private static boolean isObjr(Object kid) {
        return kid instanceof Node node && node.type().equals("OBJR");
    }
}
