package dev.galley.render.pdf.draw;

import dev.galley.core.model.Block;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Section;
import dev.galley.render.pdf.page.Origin;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structure tree of a tagged PDF (PDF/UA-1, PDF/A-2a), built while the pages are drawn: the
 * drawing stage asks it for a structure element for each drawn item's {@link Origin} and gets a
 * marked-content id to wrap the item in. Elements are made the first time something of theirs is
 * drawn, so the tree's order is the drawing order, which is the source order: layout emits the
 * body in source order and the page builder never reorders it. The one exception, footnotes set
 * at the foot of the page, is placed by the tree where the reader meets them: a footnote's
 * {@code Note} element follows the {@code Reference} that first cites it, inside the same element
 * (the paragraph, list item or cell), so the note is read at the point it annotates, not where
 * the page happens to end.
 *
 * <p>Standard structure types only (no role map): Document, Div (masthead), Sect, H1–H6, P, L/LI/
 * Lbl/LBody, BlockQuote, Code, Table/THead/TBody/TR/TH/TD, Figure (with Alt and a BBox), Caption,
 * TOC/TOCI, Link (with the annotation's OBJR), Reference and Note (with a unique ID).
 *
 * <p>Written as plain COS objects, in the order they are made, so the bytes stay reproducible.
 */
final class Tagger {

    /** Where the footnote links point: see {@code RunBuilder.FOOTNOTE_ANCHOR}. */
    static final String NOTE_LINK = "#galley-fn-";

    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName OBJ = COSName.getPDFName("Obj");
    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName ALT = COSName.getPDFName("Alt");
    private static final COSName ID = COSName.getPDFName("ID");

    private final COSDictionary root = new COSDictionary();
    private final COSDictionary document;
    private final Map<Origin, COSDictionary> elements = new IdentityHashMap<>();
    /** The LBody of each list item, by the item's origin. */
    private final Map<Origin, COSDictionary> bodies = new IdentityHashMap<>();
    /** THead and TBody of each table, by the table's origin. */
    private final Map<Origin, COSDictionary> heads = new IdentityHashMap<>();
    private final Map<Origin, COSDictionary> tableBodies = new IdentityHashMap<>();
    /** The cells of each row made so far (all of them, padded to the table's columns). */
    private final Map<Origin, List<COSDictionary>> rowCells = new IdentityHashMap<>();
    /** Note elements by footnote number, made at their first reference. */
    private final Map<Integer, COSDictionary> notes = new TreeMap<>();
    private final Map<String, COSDictionary> ids = new TreeMap<>();
    /** Per page, the element each marked-content id belongs to (the parent tree's arrays). */
    private final List<COSArray> pageParents = new ArrayList<>();
    /** The Link elements of annotations, in StructParent order after the pages. */
    private final List<COSDictionary> annotationParents = new ArrayList<>();

    /** The Link element text is being added to, to continue it on the next line. */
    private COSDictionary openLink;
    private COSDictionary openLinkParent;
    private String openLinkTarget = "";
    /** Whether every Figure has alt text, as PDF/UA requires. */
    private boolean accessible = true;
    private int openLinkKids;

    Tagger(int pages) {
        root.setItem(COSName.TYPE, COSName.getPDFName("StructTreeRoot"));
        document = new COSDictionary();
        document.setItem(COSName.TYPE, STRUCT_ELEM);
        document.setItem(COSName.S, COSName.getPDFName("Document"));
        document.setItem(COSName.P, root);
        document.setItem(COSName.K, new COSArray());
        root.setItem(COSName.K, document);
        for (int i = 0; i < pages; i++) {
            pageParents.add(new COSArray());
        }
    }

    /** A marked-content sequence to open: the tag (the element's type) and its id on the page. */
    record Mark(String tag, int mcid) {
        String operator() {
            return "/" + tag + " <</MCID " + mcid + ">> BDC\n";
        }
    }

    /** Marks content of {@code origin} (not an artifact) on page {@code pageIndex}. */
    Mark mark(Origin origin, PDPage page, int pageIndex) {
        COSDictionary element = element(origin);
        openLink = null;
        return mcr(element, page, pageIndex);
    }

    /**
     * Marks link text: a Link element inside the origin's element (for a footnote number, inside a
     * Reference, followed by the footnote's Note the first time), continued when the same link
     * goes on from the previous line. Returns the mark and, through {@link #lastLink()}, the element
     * the link's annotation belongs to.
     */
    Mark markLink(Origin origin, String target, PDPage page, int pageIndex) {
        COSDictionary parent = element(origin);
        if (openLink != null && openLinkParent == parent && openLinkTarget.equals(target)
                && kids(parent).size() == openLinkKids) {
            return mcr(openLink, page, pageIndex);
        }
        COSDictionary link;
        if (target.startsWith(NOTE_LINK)) {
            COSDictionary reference = child(parent, "Reference");
            link = child(reference, "Link");
            int number = Integer.parseInt(target.substring(NOTE_LINK.length()));
            if (!notes.containsKey(number)) {
                notes.put(number, note(parent, number));
            }
        } else {
            link = child(parent, "Link");
        }
        openLink = link;
        openLinkParent = parent;
        openLinkTarget = target;
        openLinkKids = kids(parent).size();
        return mcr(link, page, pageIndex);
    }

    /** Whether the document meets PDF/UA as far as its content goes (every figure has alt text). */
    boolean accessible() {
        return accessible;
    }

    /** The Link element {@link #markLink} used last. */
    COSDictionary lastLink() {
        return openLink;
    }

    /** Ties a link annotation to its Link element (OBJR) and the element back (StructParent). */
    void annotation(COSDictionary link, PDAnnotation annotation, PDPage page) {
        COSDictionary objr = reference(OBJR, page);
        objr.setItem(OBJ, annotation);
        kids(link).add(objr);
        annotation.setStructParent(pageParents.size() + annotationParents.size());
        annotationParents.add(link);
    }

    /** The Figure of an image origin gets its bounding box, in default user space. */
    void figureBox(Origin origin, float x, float y, float width, float height) {
        COSDictionary figure = element(origin);
        COSDictionary layout = new COSDictionary();
        layout.setItem(COSName.O, COSName.getPDFName("Layout"));
        COSArray box = new COSArray();
        for (float v : new float[] {x, y, x + width, y + height}) {
            box.add(new org.apache.pdfbox.cos.COSFloat(v));
        }
        layout.setItem(COSName.BBOX, box);
        figure.setItem(COSName.A, layout);
    }

    /** Puts the tree into the document: StructTreeRoot, ParentTree, IDTree, MarkInfo, per-page keys. */
    void finish(PDDocumentCatalog catalog, List<PDPage> pages) {
        COSArray nums = new COSArray();
        for (int i = 0; i < pageParents.size(); i++) {
            pages.get(i).setStructParents(i);
            pages.get(i).getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            nums.add(COSInteger.get(i));
            nums.add(pageParents.get(i));
        }
        for (int k = 0; k < annotationParents.size(); k++) {
            nums.add(COSInteger.get(pageParents.size() + k));
            nums.add(annotationParents.get(k));
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, pageParents.size() + annotationParents.size());
        if (!ids.isEmpty()) {
            COSArray names = new COSArray();
            ids.forEach((id, element) -> {
                names.add(new COSString(id));
                names.add(element);
            });
            COSDictionary idTree = new COSDictionary();
            idTree.setItem(COSName.NAMES, names);
            root.setItem(COSName.getPDFName("IDTree"), idTree);
        }
        catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
    }

    // ---------------------------------------------------------------- elements

    private Mark mcr(COSDictionary element, PDPage page, int pageIndex) {
        COSArray parents = pageParents.get(pageIndex);
        int mcid = parents.size();
        parents.add(element);
        // A bare MCID when the element's /Pg is this page (ISO 32000-1, 14.7.4.2), else an MCR
        // written inside the /K array: most elements sit on one page, and an indirect object per
        // mark was half the objects of a briefing and much of the time spent saving it.
        COSBase pg = element.getItem(COSName.PG);
        if (pg == null) {
            element.setItem(COSName.PG, page);
            pg = page.getCOSObject();
        }
        if (pg == page.getCOSObject()) {
            kids(element).add(COSInteger.get(mcid));
        } else {
            COSDictionary mcr = reference(MCR, page);
            mcr.setInt(MCID, mcid);
            kids(element).add(mcr);
        }
        return new Mark(element.getCOSName(COSName.S).getName(), mcid);
    }

    /**
     * A kid that refers to content on {@code page} (an MCR or an OBJR), written inside its
     * element's /K array rather than as an object of its own.
     */
    private static COSDictionary reference(COSName type, PDPage page) {
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, type);
        reference.setItem(COSName.PG, page);
        reference.setDirect(true);
        return reference;
    }

    private COSDictionary element(Origin origin) {
        COSDictionary known = elements.get(origin);
        if (known != null) {
            return known;
        }
        COSDictionary made = make(origin);
        elements.put(origin, made);
        return made;
    }

    private COSDictionary make(Origin origin) {
        return switch (origin.kind()) {
            case DOCUMENT -> document;
            case NOTE -> {
                Footnote footnote = (Footnote) origin.element();
                // Drawn before any reference to it (not expected): read at the end of the document.
                yield notes.computeIfAbsent(footnote.number(), n -> note(document, n));
            }
            case TABLE_CELL -> cell(origin);
            case CAPTION -> child(element(origin.parent().parent()), "Caption"); // after its Figure
            case TABLE_HEADER_ROW -> row(origin, heads, "THead");
            case TABLE_ROW -> row(origin, tableBodies, "TBody");
            default -> {
                // A list item's label sits beside its LBody, everything else of the item inside it.
                COSDictionary parent = origin.kind() == Origin.Kind.LABEL
                        ? element(origin.parent()) : container(origin.parent());
                COSDictionary element = child(parent, type(origin));
                attributes(origin, element);
                yield element;
            }
        };
    }

    /** Where the children of {@code origin} go: its element, or a list item's LBody. */
    private COSDictionary container(Origin origin) {
        if (origin.kind() == Origin.Kind.LIST_ITEM) {
            return bodies.computeIfAbsent(origin, o -> child(element(o), "LBody"));
        }
        return element(origin);
    }

    private static String type(Origin origin) {
        return switch (origin.kind()) {
            case MASTHEAD, DIVISION -> "Div";
            case CONTENTS -> "TOC";
            case TOC_ENTRY -> "TOCI";
            case SECTION, CALLOUT -> "Sect";
            case HEADING -> {
                if (origin.element() instanceof Section section) {
                    yield "H" + Math.max(1, Math.min(6, section.level()));
                }
                yield origin.element() instanceof dev.galley.core.model.Meta ? "H1" : "H2";
            }
            case LIST -> "L";
            case LIST_ITEM -> "LI";
            case LABEL -> "Lbl";
            case QUOTE -> "BlockQuote";
            case CODE -> "Code";
            case TABLE -> "Table";
            case FIGURE -> "Figure";
            default -> "P";
        };
    }

    private void attributes(Origin origin, COSDictionary element) {
        if (origin.kind() == Origin.Kind.FIGURE && origin.element() instanceof Block.Figure figure) {
            // An image without alt text is an error by default (core's image-alt rule, which also
            // reports it when a desk turns it down to a warning): tagged with an empty Alt then.
            element.setString(ALT, figure.image().alt().strip());
            accessible &= !figure.image().alt().isBlank();
        } else if (origin.kind() == Origin.Kind.LIST) {
            COSDictionary list = new COSDictionary();
            list.setItem(COSName.O, COSName.getPDFName("List"));
            list.setItem(COSName.getPDFName("ListNumbering"), COSName.getPDFName(
                    origin.element() instanceof Block.OrderedList ? "Decimal" : "Disc"));
            element.setItem(COSName.A, list);
        }
    }

    private COSDictionary note(COSDictionary parent, int number) {
        COSDictionary note = child(parent, "Note");
        String id = "galley-note-" + number;
        note.setItem(ID, new COSString(id));
        ids.put(id, note);
        return note;
    }

    /** A row inside its table's THead or TBody, with all its cells made at once (empty ones too). */
    private COSDictionary row(Origin origin, Map<Origin, COSDictionary> groups, String group) {
        Origin tableOrigin = origin.parent();
        COSDictionary section = groups.computeIfAbsent(tableOrigin, o -> child(element(o), group));
        COSDictionary row = child(section, "TR");
        Block.TableRow model = (Block.TableRow) origin.element();
        int columns = tableOrigin.element() instanceof Block.Table table ? columns(table) : model.cells().size();
        boolean header = origin.kind() == Origin.Kind.TABLE_HEADER_ROW;
        List<COSDictionary> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(columns, model.cells().size()); c++) {
            COSDictionary cell = child(row, header ? "TH" : "TD");
            if (header) {
                COSDictionary table = new COSDictionary();
                table.setItem(COSName.O, COSName.getPDFName("Table"));
                table.setItem(COSName.getPDFName("Scope"), COSName.getPDFName("Column"));
                cell.setItem(COSName.A, table);
            }
            cells.add(cell);
        }
        rowCells.put(origin, cells);
        return row;
    }

    private static int columns(Block.Table table) {
        int columns = table.columns().size();
        for (Block.TableRow row : table.header()) {
            columns = Math.max(columns, row.cells().size());
        }
        for (Block.TableRow row : table.body()) {
            columns = Math.max(columns, row.cells().size());
        }
        return columns;
    }

    private COSDictionary cell(Origin origin) {
        element(origin.parent());
        List<COSDictionary> cells = rowCells.get(origin.parent());
        List<Block.TableCell> model = ((Block.TableRow) origin.parent().element()).cells();
        for (int c = 0; c < model.size(); c++) {
            if (model.get(c) == origin.element()) {
                return cells.get(c);
            }
        }
        throw new IllegalStateException("a cell not of its row");
    }

    private static COSDictionary child(COSDictionary parent, String type) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, STRUCT_ELEM);
        element.setItem(COSName.S, COSName.getPDFName(type));
        element.setItem(COSName.P, parent);
        element.setItem(COSName.K, new COSArray());
        kids(parent).add(element);
        return element;
    }

    private static COSArray kids(COSDictionary element) {
        return (COSArray) element.getDictionaryObject(COSName.K);
    }
}
