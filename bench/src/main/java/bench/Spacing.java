package bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import static bench.SpacingRules.EDGE_TOLERANCE;
import static bench.SpacingRules.LOOSE;
import static bench.SpacingRules.MIN_SPACES;
import static bench.SpacingRules.STRETCHED;
import static bench.SpacingRules.TIGHT;
import static bench.SpacingRules.mean;
import static bench.SpacingRules.sd;

/**
 * How evenly a PDF's justified text is set: the word spaces of its full body lines as multiples
 * of the normal space, loose and tight lines, and hyphenated line ends. Written to compare
 * Galley's PDFs across languages; the definitions are printed above the figures.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar bench.Spacing [--lines] [--png DIR] FILE.pdf...
 * </pre>
 *
 * {@code --lines} lists every line with its verdict; {@code --png DIR} writes each page as a PNG
 * with the lines boxed by verdict (green counted, red loose, blue tight, magenta stretched but
 * short of the edge, grey other body lines, orange excluded), for checking the figures by eye.
 *
 * <p>Glyphs come from PDFBox's {@link PDFTextStripper} (its {@link TextPosition}s, in page
 * coordinates: points, y down from the top); lines are rebuilt from their baselines, not taken
 * from the stripper's text, which guesses spaces from gaps. The structure tree of a tagged PDF
 * (Galley's always are) tells paragraphs apart and names headings, tables, code and notes;
 * untagged PDFs fall back on geometry and font names.
 */
public final class Spacing {

    /** Glyphs whose baselines are this close (points) share a line. */
    static final float BASELINE_TOLERANCE = 0.5f;
    /** Right edges this close (points) count as the same edge when finding the block's edge. */
    static final float EDGE_CLUSTER = 0.1f;
    /** The block's edge must be shared by this many lines, one of them with stretched or shrunk spaces. */
    static final int EDGE_MIN_LINES = 3;
    /** Without a space glyph, a gap wider than this (ems) still separates words (for PDFs that draw none). */
    static final float WORD_GAP_EMS = 0.15f;
    /** Untagged PDFs: lines in this top or bottom share of the page are running heads and feet. */
    static final float MARGIN_BAND = 0.08f;
    /** A line whose space ratios differ by more than this among themselves is reported as uneven. */
    static final double UNEVEN = 0.02;

    private Spacing() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        boolean listLines = false;
        Path pngDir = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lines" -> listLines = true;
                case "--png" -> pngDir = Path.of(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: bench.Spacing [--lines] [--png DIR] FILE.pdf...");
            System.exit(2);
        }
        List<Measured> measured = new ArrayList<>();
        for (Path file : files) {
            Measured document = measure(file);
            measured.add(document);
            if (pngDir != null) {
                drawPages(file, document, pngDir);
            }
        }
        PrintStream out = System.out;
        printDefinitions(out);
        printTables(out, measured);
        printChecks(out, measured);
        if (listLines) {
            measured.forEach(document -> printLines(out, document));
        }
    }

    // ---------------------------------------------------------------- what is read from the PDF

    /**
     * One glyph as drawn.
     *
     * @param text       its Unicode text (the ToUnicode mapping, not ActualText)
     * @param code       its character code in the font
     * @param x          left edge (the glyph's origin), points from the page's left
     * @param end        {@code x} plus the glyph's advance width
     * @param baseline   points from the page's top
     * @param size       font size in points: the text rendering matrix's vertical scale, not
     *                   TextPosition.getFontSizeInPt(), which PDFBox truncates to whole points
     * @param xScale     its horizontal scale (the size times any horizontal scaling), for widths
     * @param artifact   inside /Artifact marked content (running head and foot, decoration)
     * @param block      the structure element it belongs to, or null (untagged)
     * @param softHyphen inside a span whose ActualText is U+00AD (Galley's breaker hyphen)
     */
    record Glyph(String text, int code, float x, float end, float baseline, float size, float xScale, PDFont font,
                 boolean artifact, Block block, boolean softHyphen) {

        /** Word-separating white space; no-break spaces are part of their word. */
        boolean isSpace() {
            return !text.isEmpty() && text.chars().allMatch(Character::isWhitespace);
        }

        boolean isLabel() {
            return block != null && block.type().equals("Lbl");
        }

        String fontName() {
            String name = font.getName() == null ? "?" : font.getName();
            return name.substring(name.indexOf('+') + 1);
        }
    }

    /**
     * The structure element a glyph's marked content belongs to, looked through inline elements
     * (Link, Span, Reference …) to the block: what makes a paragraph one paragraph.
     *
     * @param types the element's type and its ancestors' (standard types, after the role map)
     */
    record Block(COSDictionary element, String type, Set<String> types) {
    }

    /** Collects every page's glyphs with the marked content and structure element around them. */
    private static final class Collector extends PDFTextStripper {

        private final StructureTree tree;
        private final List<List<Glyph>> pages = new ArrayList<>();
        private final List<Float> heights = new ArrayList<>();
        private final Deque<Mark> marks = new ArrayDeque<>();
        private Map<Integer, Block> blocks = Map.of();

        /** One open marked-content sequence: BDC's properties as far as they matter here. */
        private record Mark(boolean artifact, int mcid, boolean softHyphen) {
        }

        Collector(PDDocument document) {
            tree = new StructureTree(document);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pages.add(new ArrayList<>());
            heights.add(page.getCropBox().getHeight());
            blocks = tree.blocks(page);
            marks.clear();
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
            String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
            marks.push(new Mark("Artifact".equals(tag.getName()), mcid, "\u00AD".equals(actual)));
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!marks.isEmpty()) {
                marks.pop();
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            // Horizontal text only: a draft's diagonal watermark is no line of text.
            if (text.getDir() != 0 || pages.isEmpty()) {
                return;
            }
            boolean artifact = false;
            boolean softHyphen = false;
            int mcid = -1;
            for (Mark mark : marks) { // innermost first
                artifact |= mark.artifact();
                softHyphen |= mark.softHyphen();
                if (mcid < 0) {
                    mcid = mark.mcid();
                }
            }
            int[] codes = text.getCharacterCodes();
            float x = text.getXDirAdj();
            pages.get(pages.size() - 1).add(new Glyph(text.getUnicode() == null ? "" : text.getUnicode(),
                    codes.length > 0 ? codes[0] : -1, x, x + text.getWidthDirAdj(), text.getYDirAdj(),
                    Math.abs(text.getYScale()), Math.abs(text.getXScale()), text.getFont(), artifact,
                    mcid < 0 ? null : blocks.get(mcid), softHyphen));
        }
    }

    /** Marked-content ids to structure elements, through the parent tree (ISO 32000-1, 14.7.4.4). */
    private static final class StructureTree {

        /** Inline types: a glyph in one of these belongs to the block around it. */
        private static final Set<String> INLINE = Set.of("Link", "Reference", "Span", "Quote", "Annot",
                "BibEntry", "Ruby", "Warichu");

        private final PDNumberTreeNode parents;
        private final Map<String, Object> roles;
        private final Map<COSDictionary, Block> made = new IdentityHashMap<>();

        StructureTree(PDDocument document) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            parents = root == null ? null : root.getParentTree();
            roles = root == null ? Map.of() : root.getRoleMap();
        }

        Map<Integer, Block> blocks(PDPage page) throws IOException {
            if (parents == null || page.getStructParents() < 0) {
                return Map.of();
            }
            Object value = parents.getValue(page.getStructParents());
            if (!(value instanceof COSObjectable objectable && objectable.getCOSObject() instanceof COSArray array)) {
                return Map.of();
            }
            Map<Integer, Block> blocks = new HashMap<>();
            for (int mcid = 0; mcid < array.size(); mcid++) {
                if (array.getObject(mcid) instanceof COSDictionary element) {
                    blocks.put(mcid, block(element));
                }
            }
            return blocks;
        }

        private Block block(COSDictionary element) {
            COSDictionary block = element;
            while (INLINE.contains(type(block)) && isElement(block.getCOSDictionary(COSName.P))) {
                block = block.getCOSDictionary(COSName.P);
            }
            return made.computeIfAbsent(block, b -> {
                Set<String> types = new HashSet<>();
                for (COSDictionary e = b; isElement(e); e = e.getCOSDictionary(COSName.P)) {
                    types.add(type(e));
                }
                return new Block(b, type(b), types);
            });
        }

        private static boolean isElement(COSDictionary dictionary) {
            return dictionary != null && dictionary.getNameAsString(COSName.S) != null;
        }

        private String type(COSDictionary element) {
            String type = element.getNameAsString(COSName.S);
            return roles.get(type) instanceof String standard ? standard : type;
        }
    }

    // ---------------------------------------------------------------- what is measured

    /**
     * A word space: the gap from the end of one word's last glyph (its origin plus advance) to
     * the start of the next word's first glyph, and the normal space it is compared with.
     *
     * @param spaceGlyph   whether a space glyph was drawn in the gap (else a wide gap made it)
     * @param fontChange   whether the fonts on its two sides have different normal spaces
     */
    record Space(float gap, float normal, boolean spaceGlyph, boolean fontChange) {
        double ratio() {
            return gap / normal;
        }
    }

    /**
     * One line of text and what was measured on it.
     *
     * @param page       page number, from 1
     * @param baseline   points from the page's top
     * @param left       start of its first glyph
     * @param right      end of its last glyph (origin plus advance), trailing spaces left out
     * @param size       the font size of most of its glyphs
     * @param exclusion  why it is no body line, or null for a body line
     * @param paragraph  what tells its paragraph: the structure element, or a number (untagged)
     * @param hyphen     whether it ends with one of {@link SpacingRules#HYPHENS} (or Galley's soft hyphen)
     * @param softHyphen whether that hyphen is marked as a soft hyphen (ActualText U+00AD)
     * @param toEdge     how far it ends before its page's block edge (negative: past it), NaN
     *                   where the page has none
     * @param last       whether it is the last line of its paragraph
     * @param justified  whether its paragraph was justified: a line of it before the last has
     *                   spaces off their natural width (a ragged paragraph's line may end at the
     *                   edge by chance)
     */
    record Line(int page, float baseline, float left, float right, float size, String text, List<Space> spaces,
                String exclusion, Object paragraph, boolean hyphen, boolean softHyphen, float toEdge,
                boolean last, boolean justified) {

        boolean body() {
            return exclusion == null;
        }

        /** Ends within {@link SpacingRules#EDGE_TOLERANCE} of the block edge. */
        boolean full() {
            return Math.abs(toEdge) <= EDGE_TOLERANCE;
        }

        /**
         * A body line a justifier stretched that still ends short of the edge: not counted (it is
         * not full), but reported, since these are the loosest lines there are (Galley's breaker
         * sets its emergency pass's lines so). Any number of spaces: a line of two words whose one
         * space is stretched twentyfold is the worst of all.
         */
        boolean stretchedShort() {
            return body() && !full() && toEdge > 0 && !last && !spaces.isEmpty() && ratio() > 1 + STRETCHED;
        }

        /** A full justified body line: what the spacing figures are made of. */
        boolean counted() {
            return body() && full() && !last && justified && spaces.size() >= MIN_SPACES;
        }

        /** A body line ending in a hyphen with its paragraph going on on the next line. */
        boolean hyphenated() {
            return body() && hyphen && !last;
        }

        /** The mean of its spaces' ratios, NaN without spaces. */
        double ratio() {
            return spaces.stream().mapToDouble(Space::ratio).average().orElse(Double.NaN);
        }

        /** How far its space ratios differ among themselves (0 where the breaker stretched all alike). */
        double unevenness() {
            var ratios = spaces.stream().mapToDouble(Space::ratio).summaryStatistics();
            return spaces.isEmpty() ? 0 : ratios.getMax() - ratios.getMin();
        }

        String verdict() {
            if (!body()) {
                return "excluded: " + exclusion;
            }
            if (counted()) {
                double ratio = ratio();
                return ratio > LOOSE ? "counted, LOOSE" : ratio < TIGHT ? "counted, TIGHT" : "counted";
            }
            if (stretchedShort()) {
                return String.format(Locale.ROOT, "body, STRETCHED, %.1f pt short", toEdge);
            }
            return last ? "body, last line" : !full() ? "body, not full"
                    : !justified ? "body, full but ragged paragraph" : "body, < " + MIN_SPACES + " spaces";
        }

        Line inParagraph(Object key) {
            return new Line(page, baseline, left, right, size, text, spaces, exclusion, key, hyphen, softHyphen,
                    toEdge, last, justified);
        }

        Line placed(float distance, boolean isLast, boolean isJustified) {
            return new Line(page, baseline, left, right, size, text, spaces, exclusion, paragraph, hyphen,
                    softHyphen, distance, isLast, isJustified);
        }
    }

    /** A font's normal word space in ems, where it came from, and what PDFBox's other ways give. */
    record SpaceWidth(String font, float ems, String source, String others) {
    }

    /** One PDF's lines and what the checks need. */
    record Measured(Path file, int pages, boolean tagged, float bodySize, Map<Integer, String> edges,
                    List<Line> lines, List<SpaceWidth> fonts) {
    }

    static Measured measure(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            Collector collector = new Collector(document);
            collector.getText(document);
            List<List<Glyph>> pages = collector.pages;
            boolean tagged = pages.stream().flatMap(List::stream).anyMatch(g -> g.block() != null);
            float bodySize = bodySize(pages);
            SpaceWidths widths = new SpaceWidths(pages);

            List<Line> lines = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                for (List<Glyph> row : rows(pages.get(p))) {
                    lines.add(line(p + 1, row, bodySize, collector.heights.get(p), tagged, widths));
                }
            }
            Map<Integer, Float> edges = new TreeMap<>();
            Map<Integer, String> edgeNotes = new TreeMap<>();
            blockEdges(lines, pages.size(), edges, edgeNotes);
            lines = markFull(lines, edges);
            if (!tagged) {
                lines = geometricParagraphs(lines);
            }
            lines = markLast(lines);
            return new Measured(file, pages.size(), tagged, bodySize, edgeNotes, lines, widths.all());
        }
    }

    /** The body text's size: the size of most glyphs outside artifacts, to a hundredth of a point. */
    static float bodySize(List<List<Glyph>> pages) {
        Map<Float, Integer> counts = new HashMap<>();
        pages.stream().flatMap(List::stream).filter(g -> !g.artifact() && !g.isSpace())
                .forEach(g -> counts.merge(Math.round(g.size() * 100) / 100f, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /**
     * A page's glyphs in lines, top to bottom, each left to right: glyphs within {@link
     * #BASELINE_TOLERANCE} of the line's first baseline, and rows of smaller raised or lowered
     * glyphs (note marks, superscripts) joined to the line they sit on.
     */
    static List<List<Glyph>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline)); // stable: drawing order within a baseline
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row == null || glyph.baseline() - row.get(0).baseline() > BASELINE_TOLERANCE) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(glyph);
        }
        rows.removeIf(row -> row.stream().allMatch(Glyph::isSpace));
        joinRaised(rows);
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x));
        }
        return rows;
    }

    /** Joins each row of smaller glyphs to the nearest row of larger ones it is raised or lowered from. */
    private static void joinRaised(List<List<Glyph>> rows) {
        List<List<Glyph>> bySize = new ArrayList<>(rows);
        bySize.sort(Comparator.comparingDouble(Spacing::maxSize));
        Set<List<Glyph>> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Glyph> small : bySize) {
            List<Glyph> host = null;
            for (List<Glyph> big : rows) {
                if (big != small && !joined.contains(big) && sitsOn(small, big)
                        && (host == null || distance(small, big) < distance(small, host))) {
                    host = big;
                }
            }
            if (host != null) {
                host.addAll(small);
                joined.add(small);
            }
        }
        rows.removeIf(joined::contains);
    }

    /** A superscript's baseline is up to 0.6 em above the line's, a subscript's up to 0.4 em below. */
    private static boolean sitsOn(List<Glyph> small, List<Glyph> big) {
        float size = maxSize(big);
        float rise = big.get(0).baseline() - small.get(0).baseline();
        return maxSize(small) < 0.9f * size && rise < 0.6f * size && rise > -0.4f * size
                && minX(small) <= maxEnd(big) + size && maxEnd(small) >= minX(big) - size;
    }

    private static float distance(List<Glyph> a, List<Glyph> b) {
        return Math.abs(a.get(0).baseline() - b.get(0).baseline());
    }

    private static float maxSize(List<Glyph> glyphs) {
        return (float) glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
    }

    private static float minX(List<Glyph> glyphs) {
        return (float) glyphs.stream().mapToDouble(Glyph::x).min().orElse(0);
    }

    private static float maxEnd(List<Glyph> glyphs) {
        return (float) glyphs.stream().mapToDouble(Glyph::end).max().orElse(0);
    }

    /** A word: its glyphs, and whether a space glyph was drawn before it. */
    private record Word(List<Glyph> glyphs, boolean spaceBefore) {
        Glyph first() {
            return glyphs.get(0);
        }

        Glyph last() {
            return glyphs.get(glyphs.size() - 1);
        }
    }

    /** Measures one row of glyphs: its words, spaces, edges, and whether it is body text. */
    static Line line(int page, List<Glyph> row, float bodySize, float pageHeight, boolean tagged,
                     SpaceWidths widths) {
        // A list item's label is set apart by a fixed gap, not a word space.
        List<Glyph> content = row.stream().filter(g -> !g.isLabel()).toList();
        List<Glyph> ink = content.stream().filter(g -> !g.isSpace()).toList();
        if (ink.isEmpty()) {
            ink = row.stream().filter(g -> !g.isSpace()).toList();
        }
        float size = mode(ink, Glyph::size);
        PDFont mainFont = mode(ink, Glyph::font);
        List<Word> words = words(content);
        List<Space> spaces = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            spaces.add(space(words.get(i - 1), words.get(i), mainFont, size, widths));
        }
        Glyph lastGlyph = ink.stream().max(Comparator.comparingDouble(Glyph::end)).orElseThrow();
        String lastText = lastGlyph.text();
        boolean hyphen = lastGlyph.softHyphen() || SpacingRules.endsWithHyphen(lastText);
        float baseline = mode(ink, Glyph::baseline);
        Block block = majority(ink, Glyph::block);
        String exclusion = exclusion(ink, block, size, bodySize, baseline, pageHeight, tagged);
        Object paragraph = block != null ? block.element() : new Object();
        StringBuilder text = new StringBuilder();
        row.forEach(g -> text.append(g.text()));
        return new Line(page, baseline, minX(ink), maxEnd(ink), size, text.toString().strip(), List.copyOf(spaces),
                exclusion, paragraph, hyphen, hyphen && lastGlyph.softHyphen(), Float.NaN, false, false);
    }

    /** Words left to right: a word ends at a space glyph, or at a gap wider than {@link #WORD_GAP_EMS}. */
    private static List<Word> words(List<Glyph> glyphs) {
        List<Word> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        boolean spaced = false;
        boolean spaceBefore = false;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                spaced = true;
                continue;
            }
            if (!word.isEmpty() && (spaced || glyph.x() - maxEnd(word) > WORD_GAP_EMS * glyph.size())) {
                words.add(new Word(word, spaceBefore));
                word = new ArrayList<>();
                spaceBefore = spaced;
            }
            word.add(glyph);
            spaced = false;
        }
        if (!word.isEmpty()) {
            words.add(new Word(word, spaceBefore));
        }
        return words;
    }

    /**
     * The space between two words. Its normal width is the normal space of the font on both sides;
     * where the two sides' fonts have different spaces (a bold or code word, a note mark next to
     * plain text) it is the line's main font's, if either side is in it: Markdown puts the space
     * at the edge of emphasis, code or a note mark outside it, and Galley takes the glue's width
     * from the space's own run (though it draws the space glyph in the previous word's font).
     */
    private static Space space(Word before, Word after, PDFont mainFont, float mainSize, SpaceWidths widths) {
        Glyph left = before.glyphs().stream().max(Comparator.comparingDouble(Glyph::end)).orElseThrow();
        Glyph right = after.first();
        float gap = minX(after.glyphs()) - left.end();
        float a = widths.points(left);
        float b = widths.points(right);
        boolean change = Math.abs(a - b) > 1e-3f;
        float normal;
        if (!change) {
            normal = a;
        } else if (isMain(left, mainFont, mainSize)) {
            normal = a;
        } else if (isMain(right, mainFont, mainSize)) {
            normal = b;
        } else {
            normal = Math.min(a, b);
        }
        return new Space(gap, normal, after.spaceBefore(), change);
    }

    private static boolean isMain(Glyph glyph, PDFont font, float size) {
        return glyph.font() == font && Math.abs(glyph.size() - size) < 0.01f;
    }

    /**
     * Why a line is no body text, or null. Tagged PDFs: the structure element (artifact, heading,
     * code, table, note, contents, caption); all PDFs: most glyphs bold (a heading) or monospaced
     * (code), or not at the body size; untagged PDFs also: within {@link #MARGIN_BAND} of the top
     * or bottom at no more than the body size (running head or foot).
     */
    static String exclusion(List<Glyph> ink, Block block, float size, float bodySize, float baseline,
                            float pageHeight, boolean tagged) {
        if (most(ink, Glyph::artifact)) {
            return "artifact (running head/foot)";
        }
        if (block != null) {
            Set<String> types = block.types();
            if (types.stream().anyMatch(t -> t.matches("H[1-6]?"))) {
                return "heading (tag)";
            }
            if (types.contains("Code")) {
                return "code (tag)";
            }
            if (types.stream().anyMatch(Set.of("Table", "TR", "TH", "TD", "THead", "TBody", "TFoot")::contains)) {
                return "table (tag)";
            }
            if (types.contains("Note")) {
                return "footnote (tag)";
            }
            if (types.contains("TOC") || types.contains("TOCI")) {
                return "contents (tag)";
            }
            if (types.contains("Caption") || types.contains("Figure")) {
                return "caption (tag)";
            }
        }
        if (!tagged && size <= bodySize + 0.01f
                && (baseline < MARGIN_BAND * pageHeight || baseline > (1 - MARGIN_BAND) * pageHeight)) {
            return "running head/foot (margin)";
        }
        if (most(ink, g -> isBold(g.font()))) {
            return "heading (bold)";
        }
        if (most(ink, g -> isMono(g.font()))) {
            return "code (Mono)";
        }
        if (Math.abs(size - bodySize) > 0.01f) {
            return "not body size";
        }
        return null;
    }

    private static boolean isBold(PDFont font) {
        String name = String.valueOf(font.getName()).toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return name.contains("bold") || name.contains("black") || name.contains("heavy")
                || (descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold()));
    }

    private static boolean isMono(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return String.valueOf(font.getName()).toLowerCase(Locale.ROOT).contains("mono")
                || (descriptor != null && descriptor.isFixedPitch());
    }

    // ---------------------------------------------------------------- the text block and paragraphs

    /**
     * Each page's text block edge: the right edge most of its body lines end at (within {@link
     * #EDGE_CLUSTER}), among edges where at least {@link #EDGE_MIN_LINES} lines end and one of
     * them has spaces off their natural width (a justifier set it: ragged lines that happen to
     * end alike have natural spaces); else the document's edge found the same way (a short
     * page); else none, and nothing on the page is full (ragged text). No share of the page's
     * lines is asked for: where the breaker leaves most lines short of the measure (Galley's
     * emergency pass), the few that reach it still mark it.
     */
    static void blockEdges(List<Line> lines, int pages, Map<Integer, Float> edges, Map<Integer, String> notes) {
        List<Line> body = lines.stream().filter(Line::body).toList();
        Edge document = edge(body);
        for (int page = 1; page <= pages; page++) {
            int p = page;
            List<Line> onPage = body.stream().filter(l -> l.page() == p).toList();
            Edge own = edge(onPage);
            if (own.found()) {
                edges.put(page, own.x());
                notes.put(page, String.format(Locale.ROOT, "%.2f (%d of %d body lines end there)", own.x(),
                        own.lines(), onPage.size()));
            } else if (document.found()) {
                edges.put(page, document.x());
                notes.put(page, String.format(Locale.ROOT, "%.2f (the document's; none of the page's own, %d body"
                        + " lines)", document.x(), onPage.size()));
            } else {
                notes.put(page, String.format(Locale.ROOT, "none (no %d of its %d body lines end alike with"
                        + " stretched or shrunk spaces)", EDGE_MIN_LINES, onPage.size()));
            }
        }
    }

    /** A candidate edge and how many lines end there; NaN and 0 for none. */
    private record Edge(float x, int lines) {
        boolean found() {
            return lines > 0;
        }
    }

    /** The qualifying right edge most lines share; on a tie the rightmost (the measure, not a short line). */
    private static Edge edge(List<Line> lines) {
        Edge best = new Edge(Float.NaN, 0);
        for (Line line : lines) {
            List<Line> near = lines.stream().filter(l -> Math.abs(l.right() - line.right()) <= EDGE_CLUSTER).toList();
            if (near.size() < EDGE_MIN_LINES || near.stream().noneMatch(Spacing::justified)) {
                continue;
            }
            float median = near.stream().map(Line::right).sorted().toList().get(near.size() / 2);
            if (near.size() > best.lines() || (near.size() == best.lines() && median > best.x())) {
                best = new Edge(median, near.size());
            }
        }
        return best;
    }

    /** Spaces off their natural width: the line's breaker stretched or shrunk them. */
    private static boolean justified(Line line) {
        return !line.spaces().isEmpty() && SpacingRules.offNatural(line.ratio());
    }

    private static List<Line> markFull(List<Line> lines, Map<Integer, Float> edges) {
        return lines.stream().map(line -> {
            Float edge = edges.get(line.page());
            return line.placed(edge == null ? Float.NaN : edge - line.right(), false, false);
        }).toList();
    }

    /**
     * Untagged PDFs: body lines in reading order (pages, then top to bottom) start a new
     * paragraph after a gap over 1.3 times the most common line pitch, when indented past the
     * line before, or at a page's top unless the page before ended on a full line.
     */
    static List<Line> geometricParagraphs(List<Line> lines) {
        float pitch = linePitch(lines);
        List<Line> out = new ArrayList<>();
        Line previous = null;
        int paragraph = 0;
        for (Line line : lines) {
            if (!line.body()) {
                out.add(line);
                continue;
            }
            boolean continues = previous != null && line.left() <= previous.left() + 1f
                    && (line.page() == previous.page()
                    ? line.baseline() - previous.baseline() <= 1.3f * pitch
                    : line.page() == previous.page() + 1 && previous.full());
            if (!continues) {
                paragraph++;
            }
            out.add(line.inParagraph(paragraph));
            previous = line;
        }
        return out;
    }

    private static float linePitch(List<Line> lines) {
        Map<Float, Integer> pitches = new HashMap<>();
        Line previous = null;
        for (Line line : lines) {
            if (!line.body()) {
                continue;
            }
            if (previous != null && previous.page() == line.page()) {
                pitches.merge(Math.round((line.baseline() - previous.baseline()) * 10) / 10f, 1, Integer::sum);
            }
            previous = line;
        }
        return pitches.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Float.MAX_VALUE);
    }

    /**
     * A line is its paragraph's last when no later line (in reading order) belongs to the same
     * paragraph; a paragraph is justified when one of its other lines has spaces off natural width.
     */
    private static List<Line> markLast(List<Line> lines) {
        Map<Object, Integer> lastIndex = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            lastIndex.put(lines.get(i).paragraph(), i);
        }
        Set<Object> justified = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (lastIndex.get(line.paragraph()) != i && justified(line)) {
                justified.add(line.paragraph());
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            out.add(line.placed(line.toEdge(), lastIndex.get(line.paragraph()) == i,
                    justified.contains(line.paragraph())));
        }
        return out;
    }

    // ---------------------------------------------------------------- normal spaces

    /**
     * Normal spaces per font. Galley embeds DejaVu subsets as Type0 fonts with Identity-H codes,
     * where code 32 is no space (its /W width is the default, 1000), so the width is read from
     * the code the document draws its space glyphs with; PDFBox's getSpaceWidth() finds the same
     * through ToUnicode. For a font the document never draws a space in: getStringWidth(" "),
     * then DejaVu's own advance, then getSpaceWidth().
     */
    static final class SpaceWidths {

        private final Map<PDFont, Integer> spaceCodes = new IdentityHashMap<>();
        private final Map<PDFont, SpaceWidth> widths = new IdentityHashMap<>();

        SpaceWidths(List<List<Glyph>> pages) {
            pages.stream().flatMap(List::stream).filter(g -> g.text().equals(" ") && g.code() >= 0)
                    .forEach(g -> spaceCodes.putIfAbsent(g.font(), g.code()));
        }

        float points(Glyph glyph) {
            return width(glyph.font()).ems() * glyph.xScale();
        }

        SpaceWidth width(PDFont font) {
            return widths.computeIfAbsent(font, this::find);
        }

        private SpaceWidth find(PDFont font) {
            // Widths are in thousandths of text space for all fonts but Type 3, whose matrix says.
            // Not getFontMatrix() for the rest: for a font that is not embedded it is the matrix of
            // the system font PDFBox draws it with (1/2048 for a TrueType one), not the /Widths'.
            float scale = font instanceof PDType3Font ? font.getFontMatrix().getScaleX() : 0.001f;
            String name = new Glyph("", 0, 0, 0, 0, 0, 0, font, false, null, false).fontName();
            Float fromGlyph = null;
            Integer code = spaceCodes.get(font);
            if (code != null) {
                fromGlyph = attempt(() -> font.getWidth(code) * scale);
            }
            Float fromString = attempt(() -> font.getStringWidth(" ") * scale);
            Float fromPdfBox = attempt(() -> font.getSpaceWidth() * scale);
            Float fromCode32 = attempt(() -> font.getWidth(32) * scale);
            String others = String.format(Locale.ROOT, "getSpaceWidth %s, getStringWidth(\" \") %s, width of code 32 %s",
                    show(fromPdfBox), show(fromString), show(fromCode32));
            if (fromGlyph != null && fromGlyph > 0) {
                return new SpaceWidth(name, fromGlyph, "its space glyph's width (code " + code + ")", others);
            }
            if (fromString != null && fromString > 0) {
                return new SpaceWidth(name, fromString, "getStringWidth(\" \")", others);
            }
            Float dejaVu = dejaVuSpace(name);
            if (dejaVu != null) {
                return new SpaceWidth(name, dejaVu, "DejaVu's advance of U+0020", others);
            }
            return new SpaceWidth(name, fromPdfBox == null ? 0.25f : fromPdfBox, "PDFont.getSpaceWidth()", others);
        }

        /** DejaVu's space, in thousandths as Galley rounds widths: 651/2048 em, bold 713, mono 1233. */
        private static Float dejaVuSpace(String name) {
            if (!name.startsWith("DejaVu")) {
                return null;
            }
            if (name.contains("Mono")) {
                return 0.602f;
            }
            if (name.contains("Condensed")) {
                return name.contains("Bold") ? 0.313f : 0.286f;
            }
            return name.contains("Bold") ? 0.348f : 0.318f;
        }

        private interface Width {
            float get() throws IOException;
        }

        private static Float attempt(Width width) {
            try {
                return width.get();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static String show(Float ems) {
            return ems == null ? "fails" : String.format(Locale.ROOT, "%.4f", ems);
        }

        /** Every font a word space was measured against, for the checks. */
        List<SpaceWidth> all() {
            return widths.values().stream().distinct().sorted(Comparator.comparing(SpaceWidth::font)).toList();
        }
    }

    // ---------------------------------------------------------------- figures

    /** The figures of one file or of all of them. */
    record Stats(int pages, int lines, int body, int counted, int spaces, double spaceMean, double spaceSd,
                 double lineMean, double lineSd, double lineMin, double lineMax, int loose, int tight,
                 int stretchedShort, int hyphenCounted, int hyphenBody, int softHyphens, int longestRun, int ladders) {

        static Stats of(List<Measured> documents) {
            List<Line> all = documents.stream().flatMap(d -> d.lines().stream()).toList();
            List<Line> counted = all.stream().filter(Line::counted).toList();
            double[] spaces = counted.stream().flatMap(l -> l.spaces().stream()).mapToDouble(Space::ratio).toArray();
            double[] perLine = counted.stream().mapToDouble(Line::ratio).toArray();
            int longest = 0;
            int ladders = 0;
            for (Measured document : documents) {
                int[] runs = hyphenRuns(document.lines());
                longest = Math.max(longest, runs[0]);
                ladders += runs[1];
            }
            return new Stats(documents.stream().mapToInt(Measured::pages).sum(), all.size(),
                    count(all, Line::body), counted.size(), spaces.length, mean(spaces), sd(spaces),
                    mean(perLine), sd(perLine), min(perLine), max(perLine),
                    count(counted, l -> l.ratio() > LOOSE), count(counted, l -> l.ratio() < TIGHT),
                    count(all, Line::stretchedShort), count(counted, Line::hyphenated), count(all, Line::hyphenated),
                    count(all, l -> l.hyphenated() && l.softHyphen()), longest, ladders);
        }
    }

    /**
     * The longest run of consecutive hyphenated lines within a paragraph (body lines in reading
     * order, across pages), and the number of runs of 3 or more: {longest, ladders}.
     */
    static int[] hyphenRuns(List<Line> lines) {
        Map<Object, List<Line>> paragraphs = new LinkedHashMap<>();
        lines.stream().filter(Line::body).forEach(l -> paragraphs.computeIfAbsent(l.paragraph(), k -> new ArrayList<>()).add(l));
        SpacingRules.HyphenRuns runs = new SpacingRules.HyphenRuns();
        for (List<Line> paragraph : paragraphs.values()) {
            runs.paragraph();
            paragraph.forEach(line -> runs.line(line.hyphenated()));
        }
        return new int[] {runs.longest, runs.ladders};
    }

    private static <T> int count(List<T> items, Predicate<T> test) {
        return (int) items.stream().filter(test).count();
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The most common value (by glyph count), first met on a tie. */
    private static <T> T mode(List<Glyph> glyphs, Function<Glyph, T> key) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        glyphs.forEach(g -> counts.merge(key.apply(g), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    /** The most common non-null value, or null when most glyphs have none. */
    private static <T> T majority(List<Glyph> glyphs, Function<Glyph, T> key) {
        Map<T, Integer> counts = new HashMap<>();
        int none = 0;
        for (Glyph glyph : glyphs) {
            T value = key.apply(glyph);
            if (value == null) {
                none++;
            } else {
                counts.merge(value, 1, Integer::sum);
            }
        }
        int most = none;
        T best = null;
        for (Map.Entry<T, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                most = entry.getValue();
                best = entry.getKey();
            }
        }
        return best;
    }

    private static boolean most(List<Glyph> glyphs, Predicate<Glyph> test) {
        return glyphs.stream().filter(test).count() * 2 > glyphs.size();
    }

    // ---------------------------------------------------------------- output

    static void printDefinitions(PrintStream out) {
        out.printf(Locale.ROOT, """
                Word spacing and hyphenation of justified text (bench.Spacing)

                Definitions
                  glyphs       PDFBox TextPositions, horizontal text only; a glyph's end is its origin plus its advance
                               width. Lines: glyphs whose baselines are within %.1f pt; smaller raised or lowered
                               glyphs (note marks) belong to the line they sit on.
                  word space   the gap from the end of a word's last glyph to the start of the next word's first
                               glyph on the same line. Words are separated by space glyphs (Galley draws one after
                               every word), or, where none is drawn, by a gap over %.2f em. List labels are left out.
                  ratio        a word space divided by the normal space: the width of U+0020 in the font at its
                               size, read from the font's widths for the code its space glyphs are drawn with (see
                               the checks). Where the fonts on a space's two sides have different spaces, the line's
                               main font's (font and size of most of its glyphs) if either side is in it.
                  body line    not one of: /Artifact content (running head/foot); in a tagged PDF, inside a heading
                               (H, H1-H6), Code, Table/TR/TH/TD, Note, TOC or Caption/Figure element; in an untagged
                               PDF, within the top or bottom %.0f%% of the page at no more than body size (running
                               head/foot); most glyphs in a bold font (heading) or a monospaced one (name contains
                               "Mono": code); a main font size other than the body size (the size of most glyphs
                               outside artifacts, to 0.01 pt).
                  paragraph    tagged PDF: the structure element of the line's marked content (through Link, Span,
                               Reference); untagged: a new one after a gap over 1.3 line pitches, an indented line,
                               or a page break after a line that is not full.
                  block edge   per page, the right edge most body lines end at (within %.1f pt), among edges where
                               at least %d lines end, one of them with spaces off natural width (ratio not within
                               %.3f of 1: justified, not ragged); else the document's edge found alike (a short
                               page); else the page has none and nothing on it is full.
                  counted line a FULL justified body line: it ends within %.1f pt of its page's block edge, is not its
                               paragraph's last line, has at least %d word spaces, and its paragraph is justified
                               (a line of it before the last has spaces off natural width; ragged lines may end at
                               the edge by chance).
                  short        a body line, not its paragraph's last, whose spaces (one or more) are stretched
                               (ratio over %.3f) but that ends more than %.1f pt before the edge: not counted;
                               %% of body lines. Galley's breaker sets its emergency pass's lines so.
                  space mean/sd  over all word spaces of counted lines (standard deviation: population, over n).
                  line mean/sd   a line's ratio is the mean of its spaces' ratios; mean and sd over counted lines;
                               min and max are the tightest and loosest counted line.
                  loose, tight a counted line whose ratio is over %.1f, or under %.1f; %% of counted lines.
                  hyphenated   a line ending in '-', U+2010 or U+00AD (or a glyph marked as soft hyphen by ActualText)
                               whose paragraph goes on on the next line; counted: among counted lines (%% of them);
                               body: among all body lines, ragged ones too (%% of them); soft: of the body ones, those
                               marked U+00AD (Galley's breaker; the rest end at a hyphen of the text).
                  run, ladders the longest run of consecutive hyphenated lines in one paragraph (across pages), and
                               the number of runs of 3 or more. Figures are per file; 'total' pools all lines.
                """, BASELINE_TOLERANCE, WORD_GAP_EMS, MARGIN_BAND * 100, EDGE_CLUSTER, EDGE_MIN_LINES,
                STRETCHED, EDGE_TOLERANCE, MIN_SPACES, 1 + STRETCHED, EDGE_TOLERANCE, LOOSE, TIGHT);
        out.println();
    }

    static void printTables(PrintStream out, List<Measured> documents) {
        int width = Math.max(5, documents.stream().mapToInt(d -> name(d).length()).max().orElse(5));
        String head = "%-" + width + "s %5s %6s %6s %7s %7s  %6s %6s  %6s %6s %6s %6s  %13s %13s  %13s%n";
        String row = "%-" + width + "s %5d %6d %6d %7d %7d  %6.3f %6.3f  %6.3f %6.3f %6.3f %6.3f  %5d %6.1f%% %5d %6.1f%%"
                + "  %5d %6.1f%%%n";
        out.printf(Locale.ROOT, head, "file", "pages", "lines", "body", "counted", "spaces", "space", "space",
                "line", "line", "line", "line", "loose >" + LOOSE, "tight <" + TIGHT, "short");
        out.printf(Locale.ROOT, head, "", "", "", "", "", "", "mean", "sd", "mean", "sd", "min", "max", "n      %",
                "n      %", "n  % body");
        List<Stats> rows = new ArrayList<>();
        for (Measured document : documents) {
            rows.add(Stats.of(List.of(document)));
        }
        Stats total = Stats.of(documents);
        for (int i = 0; i <= rows.size(); i++) {
            Stats s = i < rows.size() ? rows.get(i) : total;
            out.printf(Locale.ROOT, row, i < rows.size() ? name(documents.get(i)) : "total", s.pages(), s.lines(),
                    s.body(), s.counted(), s.spaces(), s.spaceMean(), s.spaceSd(), s.lineMean(), s.lineSd(),
                    s.lineMin(), s.lineMax(), s.loose(), percent(s.loose(), s.counted()), s.tight(),
                    percent(s.tight(), s.counted()), s.stretchedShort(), percent(s.stretchedShort(), s.body()));
        }
        out.println();
        String hhead = "%-" + width + "s %14s %14s %14s %8s %8s%n";
        String hrow = "%-" + width + "s %5d %7.1f%% %5d %7.1f%% %5d %7.1f%% %8d %8d%n";
        out.printf(Locale.ROOT, hhead, "file", "hyph. counted", "hyph. body", "of them soft", "longest", "ladders");
        out.printf(Locale.ROOT, hhead, "", "n        %", "n        %", "n        %", "run", ">= 3");
        for (int i = 0; i <= rows.size(); i++) {
            Stats s = i < rows.size() ? rows.get(i) : total;
            out.printf(Locale.ROOT, hrow, i < rows.size() ? name(documents.get(i)) : "total", s.hyphenCounted(),
                    percent(s.hyphenCounted(), s.counted()), s.hyphenBody(), percent(s.hyphenBody(), s.body()),
                    s.softHyphens(), percent(s.softHyphens(), s.hyphenBody()), s.longestRun(), s.ladders());
        }
        out.println();
    }

    /** What the figures rest on, per file: to be read before trusting them. */
    static void printChecks(PrintStream out, List<Measured> documents) {
        out.println("Checks");
        for (Measured d : documents) {
            List<Line> counted = d.lines().stream().filter(Line::counted).toList();
            List<Space> spaces = counted.stream().flatMap(l -> l.spaces().stream()).toList();
            // A last line that reaches the edge may have been shrunk to fit: only the shorter ones are natural.
            List<Line> natural = d.lines().stream()
                    .filter(l -> l.body() && l.last() && !l.full() && l.spaces().size() > 0).toList();
            List<Line> short_ = d.lines().stream().filter(Line::stretchedShort).toList();
            double[] naturalRatios = natural.stream().flatMap(l -> l.spaces().stream()).mapToDouble(Space::ratio)
                    .toArray();
            Map<String, Integer> reasons = new TreeMap<>();
            d.lines().stream().filter(l -> !l.body()).forEach(l -> reasons.merge(l.exclusion(), 1, Integer::sum));
            out.printf(Locale.ROOT, "  %s: %s, body size %.2f pt%n", name(d),
                    d.tagged() ? "tagged (structure tree used)" : "untagged (geometry only)", d.bodySize());
            d.edges().forEach((page, note) -> out.printf(Locale.ROOT, "    block edge p%d: %s%n", page, note));
            out.printf(Locale.ROOT, "    excluded lines: %s%n", reasons.isEmpty() ? "none" : reasons);
            out.printf(Locale.ROOT, "    counted spaces without a space glyph (split by gap): %d; at a font change: %d%n",
                    count(spaces, s -> !s.spaceGlyph()), count(spaces, Space::fontChange));
            out.printf(Locale.ROOT, "    counted lines whose spaces differ by more than %.2f among themselves: %d of %d"
                    + " (a justifier stretches a line's spaces alike)%n", UNEVEN,
                    count(counted, l -> l.unevenness() > UNEVEN), counted.size());
            out.printf(Locale.ROOT, "    paragraphs' last body lines short of the edge: %d, their %d spaces: ratio mean %.3f, sd %.3f"
                    + " (set at natural width: 1.000 if the normal space is the setter's)%n",
                    natural.size(), naturalRatios.length, mean(naturalRatios), sd(naturalRatios));
            double[] shortRatios = short_.stream().mapToDouble(Line::ratio).toArray();
            out.printf(Locale.ROOT, "    stretched body lines ending short of the edge (not counted): %d%s%n", short_.size(),
                    short_.isEmpty() ? "" : String.format(Locale.ROOT, ", ratio %.3f to %.3f, %d over %.1f, up to"
                            + " %.1f pt short", min(shortRatios), max(shortRatios),
                            short_.stream().filter(l -> l.ratio() > LOOSE).count(), LOOSE,
                            short_.stream().mapToDouble(Line::toEdge).max().orElse(0)));
            for (SpaceWidth font : d.fonts()) {
                out.printf(Locale.ROOT, "    normal space %-24s %.4f em from %s (%s)%n", font.font(), font.ems(),
                        font.source(), font.others());
            }
        }
        out.println();
    }

    static void printLines(PrintStream out, Measured document) {
        out.println("Lines of " + name(document));
        for (Line line : document.lines()) {
            out.printf(Locale.ROOT, "  p%d y=%6.1f r=%6.1f n=%2d ratio=%s %-32s %s%s%n", line.page(), line.baseline(),
                    line.right(), line.spaces().size(),
                    line.spaces().isEmpty() ? "  -  " : String.format(Locale.ROOT, "%5.3f", line.ratio()),
                    line.verdict(), line.hyphenated() ? "[hyph] " : "", abbreviate(line.text(), 90));
        }
        out.println();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String name(Measured document) {
        return document.file().getFileName().toString();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    // ---------------------------------------------------------------- pictures, for checking by eye

    /** Writes each page as DIR/NAME-pN.png with every line boxed by its verdict and counted lines' ratios. */
    static void drawPages(Path file, Measured document, Path dir) throws IOException {
        Files.createDirectories(dir);
        float dpi = 110;
        float scale = dpi / 72;
        String stem = file.getFileName().toString().replaceFirst("\\.pdf$", "");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, dpi);
                Graphics2D g = image.createGraphics();
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                for (Line line : document.lines()) {
                    if (line.page() == p + 1) {
                        box(g, line, scale);
                    }
                }
                g.dispose();
                ImageIO.write(image, "png", dir.resolve(stem + "-p" + (p + 1) + ".png").toFile());
            }
        }
    }

    private static void box(Graphics2D g, Line line, float scale) {
        Color color = !line.body() ? new Color(230, 140, 0)
                : line.stretchedShort() ? Color.MAGENTA
                : !line.counted() ? Color.GRAY
                : line.ratio() > LOOSE ? Color.RED
                : line.ratio() < TIGHT ? Color.BLUE
                : new Color(0, 150, 0);
        g.setColor(color);
        g.setStroke(new BasicStroke(line.counted() ? 1.5f : 0.8f));
        int x = Math.round((line.left() - 1) * scale);
        int y = Math.round((line.baseline() - line.size() * 0.8f) * scale);
        g.drawRect(x, y, Math.round((line.right() - line.left() + 2) * scale), Math.round(line.size() * 1.05f * scale));
        String label = line.counted() ? String.format(Locale.ROOT, "%.2f", line.ratio())
                : line.stretchedShort() ? String.format(Locale.ROOT, "short %.2f", line.ratio())
                : !line.body() ? "x" : line.last() ? "last" : !line.full() || !line.justified() ? "rag" : "few";
        g.drawString(label + (line.hyphenated() ? " -" : ""), Math.round((line.right() + 4) * scale),
                Math.round(line.baseline() * scale));
    }
}
