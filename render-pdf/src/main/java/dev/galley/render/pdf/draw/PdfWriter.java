package dev.galley.render.pdf.draw;

import dev.galley.core.model.Block;
import dev.galley.core.model.SourcePos;
import dev.galley.core.labels.LabelKey;
import dev.galley.render.pdf.cos.Flate;
import dev.galley.render.pdf.font.DocumentFont;
import dev.galley.render.pdf.font.DocumentFonts;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.text.Shaper;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.page.Destination;
import dev.galley.render.pdf.page.LaidOutBriefing;
import dev.galley.render.pdf.page.OutlineEntry;
import dev.galley.render.pdf.page.Page;
import dev.galley.render.pdf.page.Rect;
import dev.galley.render.pdf.page.VItem;
import dev.galley.render.pdf.text.Reporter;
import dev.galley.render.pdf.text.Style;
import dev.galley.render.pdf.svg.SvgForm;
import dev.galley.render.pdf.svg.SvgImage;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * The last stage and the only one that draws: writes laid-out pages as a PDF with PDFBox. Adds
 * the outline, link annotations and document information, and makes the bytes reproducible: no
 * clock, and a document id that is a hash of what the pages show. Tags while it draws (PDF/UA-1,
 * PDF/A-2a): every item is either marked content of the structure element its {@link
 * dev.galley.render.pdf.page.Origin} names (see {@link Tagger}) or an /Artifact.
 */
public final class PdfWriter {

    /** Link targets that become clickable; anything else (javascript:, file:) stays plain text. */
    private static final Pattern WEB_LINK = Pattern.compile("(?i)(https?|mailto):.+");

    private final LaidOutBriefing layout;
    private final FontLibrary library;
    private final Map<String, ImageAsset> images;
    private final Map<String, SvgImage> drawings;
    /** Each chart drawn once per document, as one Form XObject every page showing it names. */
    private final Map<String, PDFormXObject> forms = new HashMap<>();
    private final Reporter reporter;
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Fingerprint fingerprint = new Fingerprint();
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<String, PDImageXObject> embedded = new HashMap<>();
    private Tagger tagger;
    /** Items drawn so far: a table's header row drawn again on a later page is an artifact. */
    private final java.util.Set<VItem> drawn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private PdfWriter(LaidOutBriefing layout, Map<String, ImageAsset> images, Map<String, SvgImage> drawings,
                      Reporter reporter, PDDocument document, DocumentFonts fonts, FontLibrary library) {
        this.layout = layout;
        this.library = library;
        this.images = images;
        this.drawings = drawings;
        this.reporter = reporter;
        this.document = document;
        this.fonts = fonts;
    }

    /**
     * Draws {@code layout} and writes the PDF to {@code out}: {@code images} are the raster
     * images by source, {@code drawings} the SVG charts, drawn as vectors.
     */
    public static void write(LaidOutBriefing layout, PdfMetadata metadata, Map<String, ImageAsset> images,
                             Map<String, SvgImage> drawings, FontLibrary library, Reporter reporter,
                             OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document, library);
            PdfWriter writer = new PdfWriter(layout, images, drawings, reporter, document, fonts, library);
            writer.drawPages();
            writer.tagger.finish(document.getDocumentCatalog(), writer.pages);
            writer.outline();
            writer.metadata(metadata);
            writer.pdfa(metadata);
            writer.documentId(metadata);
            fonts.embed();
            document.save(out);
        }
    }

    private void drawPages() throws IOException {
        PDRectangle size = new PDRectangle(layout.geometry().width(), layout.geometry().height());
        for (int i = 0; i < layout.pages().size(); i++) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            pages.add(page);
        }
        tagger = new Tagger(pages.size());
        for (int i = 0; i < layout.pages().size(); i++) {
            PDPage page = pages.get(i);
            page.setResources(new PDResources());
            PageContent content = new PageContent();
            new PageDrawer(content, page, i).draw(layout.pages().get(i));
            byte[] shown = content.toByteArray();
            // Every glyph, position, font and colour the page shows is in its content.
            fingerprint.putInt(shown.length);
            fingerprint.put(shown);
            // Compressed at Flate.PAGES: zlib's default level took 1.8 ms per synthetic briefing
            // (about a twelfth of its CPU), level 3 takes 0.9 ms for 11 % more bytes.
            page.getCOSObject().setItem(COSName.CONTENTS, Flate.stream(document, Flate.deflate(shown, Flate.PAGES)));
        }
    }

    /** Draws one page; keeps the font and colour state of its content stream. */
    private final class PageDrawer {
        private final PageContent content;
        private final PDPage page;
        private final int index;
        private final float height = layout.geometry().height();
        /** How far the page's content moves right: a verso of facing pages has its inner margin on the right. */
        private final float shift;
        private DocumentFont font;
        private float fontSize;
        /** The horizontal scale text is shown at (Tz, as a fraction): a font-expanded line's. */
        private float hScale = 1f;
        /** The character spacing in force (Tc), in unscaled text space units. */
        private float charSpacing = 0f;
        private int color = -1;
        /** The page's /Font resources, made when the page first shows text. */
        private COSDictionary fontResources;
        /** Text operators being put together, reused: a page writes thousands of them. */
        private final StringBuilder ops = new StringBuilder(256);
        /** Where the current text line starts (the last Tm or Td), once set in this text object. */
        private boolean textLineSet;
        private float textLineX;
        private float textLineY;
        /** Where the text shown so far on the current line ends, as readers will compute it. */
        private double penX;
        /** The TJ array being put together: strings and numbers until another operator comes. */
        private final StringBuilder shown = new StringBuilder(1024);
        private boolean runOpen;
        private boolean inString;
        private boolean runHasNumbers;

        PageDrawer(PageContent content, PDPage page, int index) {
            this.content = content;
            this.page = page;
            this.index = index;
            this.shift = layout.geometry().shift(index + 1);
        }

        void draw(Page content) throws IOException {
            if (!layout.watermark().isEmpty()) {
                watermark(layout.watermark()); // across the paper, wherever the text block sits
            }
            if (shift != 0) {
                this.content.translate(shift, 0f);
            }
            for (Page.Placed placed : content.items()) {
                if (placed.item() instanceof VItem.LineBox line) {
                    line(line, placed.top());
                } else if (placed.item() instanceof VItem.ImageBox image) {
                    image(image, placed.top());
                }
            }
        }

        /**
         * Draws a line. Rules and backgrounds, and whole lines whose {@link
         * dev.galley.render.pdf.page.Origin} is an artifact (running header, footer), are marked
         * as /Artifact content, the first step towards tagged PDF: content lines know their
         * model element through their origin.
         */
        private void line(VItem.LineBox line, float top) throws IOException {
            if (!line.rects().isEmpty()) {
                content.beginArtifact();
                for (Rect rect : line.rects()) {
                    fill(rect.x(), height - top - rect.y() - rect.height(), rect.width(), rect.height(), rect.rgb());
                }
                content.endMarkedContent();
            }
            if (line.fragments().isEmpty()) {
                return;
            }
            // A table's header row repeated on a new page is pagination, read once at the table's start.
            boolean artifact = line.origin().isArtifact() || !drawn.add(line);
            if (artifact) {
                content.beginArtifact();
            }
            lineText(line, top, !artifact);
            if (artifact) {
                content.endMarkedContent();
            }
        }

        /**
         * A line's text. Tagged, each run of fragments of one structure element (and one link) is
         * a marked-content sequence of that element; strike-through rules are artifacts; links get
         * annotations tied to their Link elements.
         */
        private void lineText(VItem.LineBox line, float top, boolean tagged) throws IOException {
            float baseline = height - top - line.baseline();
            List<Fragment> fragments = line.fragments();
            List<int[]> groups = new ArrayList<>();
            List<COSDictionary> groupLinks = new ArrayList<>();
            content.beginText();
            textLineSet = false; // each text object starts from the identity matrix
            for (int i = 0; i < fragments.size(); ) {
                String target = linkTarget(fragments.get(i).style());
                int j = i;
                while (j + 1 < fragments.size() && line.originOf(j + 1) == line.originOf(i)
                        && linkTarget(fragments.get(j + 1).style()).equals(target)) {
                    j++;
                }
                for (int k = i; k <= j; k++) {
                    // A new marked-content sequence after a gap with no space character before it (a
                    // contents entry's page number): readers put a word break between sequences.
                    boolean gap = k > i && !fragments.get(k - 1).text().endsWith(" ")
                            && fragments.get(k).x() > fragments.get(k - 1).x() + fragments.get(k - 1).width() + 1f;
                    if (tagged && (k == i || gap)) {
                        closeRun();
                        if (gap) {
                            content.endMarkedContent();
                        }
                        Tagger.Mark mark = target.isEmpty()
                                ? tagger.mark(line.originOf(i), page, index)
                                : tagger.markLink(line.originOf(i), target, page, index);
                        content.append(mark.operator());
                    }
                    drawFragment(fragments.get(k), baseline, tagged);
                }
                closeRun();
                if (tagged) {
                    content.endMarkedContent();
                }
                // Links only in tagged text: an annotation must belong to a Link element (PDF/UA),
                // and a header row repeated on a later page (an artifact) is not read again.
                if (!target.isEmpty() && tagged) {
                    groups.add(new int[] {i, j});
                    groupLinks.add(tagger.lastLink());
                }
                i = j + 1;
            }
            content.endText();
            // Struck-through words get one line, spaces included: decoration, an artifact.
            boolean struck = fragments.stream().anyMatch(f -> f.style().strike());
            if (tagged && struck) {
                content.beginArtifact();
            }
            for (int i = 0; i < fragments.size(); i++) {
                Fragment fragment = fragments.get(i);
                Style style = fragment.style();
                if (style.strike()) {
                    int j = i;
                    while (j + 1 < fragments.size() && fragments.get(j + 1).style().equals(style)) {
                        j++;
                    }
                    Fragment end = fragments.get(j);
                    // Through the middle of the lower-case letters.
                    fill(fragment.x(), baseline + style.rise() + style.size() * 0.27f,
                            end.x() + end.width() - fragment.x(),
                            Math.max(style.size() * 0.055f, 0.4f), style.rgb());
                    i = j;
                }
            }
            if (tagged && struck) {
                content.endMarkedContent();
            }
            // The fragments of one link on a line (the words of its text) share one annotation.
            for (int g = 0; g < groups.size(); g++) {
                int from = groups.get(g)[0];
                int to = groups.get(g)[1];
                Fragment fragment = fragments.get(from);
                Style style = fragment.style();
                float low = style.rise() - style.size() * 0.25f;
                float high = style.rise() + style.size() * 0.9f;
                StringBuilder text = new StringBuilder();
                for (int k = from; k <= to; k++) {
                    Style next = fragments.get(k).style();
                    low = Math.min(low, next.rise() - next.size() * 0.25f);
                    high = Math.max(high, next.rise() + next.size() * 0.9f);
                    if (!fragments.get(k).hyphen()) {
                        text.append(fragments.get(k).text());
                    }
                }
                Fragment end = fragments.get(to);
                PDAnnotationLink annotation = link(style.link(), new PDRectangle(shift + fragment.x(), baseline + low,
                        end.x() + end.width() - fragment.x(), high - low), description(style.link(), text));
                if (annotation != null) {
                    tagger.annotation(groupLinks.get(g), annotation, page);
                }
            }
        }

        /**
         * Draws a fragment as part of the line's text arrays: its distance from where the last
         * fragment ended becomes a number in the TJ array (ISO 32000-1, 9.4.3), so the words and
         * syllables of a line share one operator where they share a style and a structure element,
         * instead of a move and an operator each. Page content is most of what a PDF compresses.
         */
        private void drawFragment(Fragment fragment, float baseline, boolean tagged) throws IOException {
            Style style = fragment.style();
            DocumentFont wanted = fonts.get(style.face());
            float x = fragment.x();
            float y = baseline + style.rise();
            String text = fragment.text();
            String letters = Shaper.unligate(text);
            boolean ligated = !letters.equals(text);
            boolean otherLanguage = tagged && !style.lang().isEmpty();
            boolean softHyphen = fragment.hyphen() && tagged;
            boolean spanned = ligated || otherLanguage || softHyphen;
            if (spanned || wanted != font || style.size() != fontSize || style.rgb() != color
                    || !textLineSet || y != textLineY || fragment.scale() != hScale
                    || fragment.tracking() / fragment.scale() != charSpacing) {
                closeRun(); // each of these needs an operator of its own between the strings
            }
            setFont(wanted, style.size());
            setScale(fragment.scale());
            setCharSpacing(fragment.tracking() / fragment.scale());
            color(style.rgb());
            moveTo(x, y);
            if (otherLanguage) {
                // Marked content may carry its language (ISO 32000-1, 14.9.2): read in that language.
                content.append("/Span <</Lang " + textString(style.lang()) + ">> BDC\n");
            }
            if (softHyphen) {
                // The breaker's hyphen is no character of the text: a soft hyphen to readers
                // (ISO 32000-1, 14.8.2.2.3), so the word reads whole across the line end.
                content.append("/Span <</ActualText <FEFF00AD>>> BDC\n");
            }
            if (ligated) {
                // Inline, not as a named property list: readers such as poppler honour
                // ActualText only when the dictionary is the BDC's own operand.
                content.append("/Span <</ActualText " + textString(letters) + ">> BDC\n");
            }
            appendGap(x);
            appendGlyphs(text, style.face(), true);
            if (spanned) {
                closeRun();
                for (int open = (ligated ? 1 : 0) + (otherLanguage ? 1 : 0) + (softHyphen ? 1 : 0); open > 0; open--) {
                    content.endMarkedContent();
                }
            }
        }

        /**
         * Starts the text line at {@code (x, y)} when this text object has none yet (Tm) or the
         * baseline moves (Td, from the line's start); along the same baseline the TJ array's
         * numbers move instead.
         */
        private void moveTo(float x, float y) throws IOException {
            if (textLineSet && y == textLineY) {
                return;
            }
            ops.setLength(0);
            if (textLineSet) {
                PdfNumbers.append(ops, x - textLineX).append(' ');
                PdfNumbers.append(ops, y - textLineY).append(" Td\n");
            } else {
                ops.append("1 0 0 1 ");
                PdfNumbers.append(ops, x).append(' ');
                PdfNumbers.append(ops, y).append(" Tm\n");
                textLineSet = true;
            }
            content.append(ops);
            textLineX = x;
            textLineY = y;
            penX = x;
        }

        /** Shows the text that follows at {@code scale} of its glyphs' widths (Tz), the pen moving with them. */
        private void setScale(float scale) throws IOException {
            if (scale == hScale) {
                return;
            }
            ops.setLength(0);
            content.append(PdfNumbers.append(ops, scale * 100).append(" Tz\n"));
            hScale = scale;
        }

        /**
         * Adds {@code spacing} after each glyph of the text that follows (Tc, in unscaled text
         * space units: the horizontal scale multiplies it, ISO 32000-1, 9.4.4), the pen moving with it.
         */
        private void setCharSpacing(float spacing) throws IOException {
            if (spacing == charSpacing) {
                return;
            }
            ops.setLength(0);
            content.append(PdfNumbers.append(ops, spacing).append(" Tc\n"));
            charSpacing = spacing;
        }

        /**
         * Selects a font for the text that follows, and lists it in the page's resources: the
         * font's dictionary stays empty until the document's subsets are cut.
         */
        private void setFont(DocumentFont wanted, float size) throws IOException {
            if (wanted == font && size == fontSize) {
                return;
            }
            if (fontResources == null) {
                fontResources = new COSDictionary();
                page.getResources().getCOSObject().setItem(COSName.FONT, fontResources);
            }
            fontResources.setItem(wanted.resourceName(), wanted.dictionary());
            ops.setLength(0);
            ops.append('/').append(wanted.resourceName().getName()).append(' ');
            content.append(PdfNumbers.append(ops, size).append(" Tf\n"));
            font = wanted;
            fontSize = size;
        }

        /** The link target if it becomes an annotation (a known anchor, a web or relative URL), else "". */
        private String linkTarget(Style style) {
            String target = style.link();
            if (target.isEmpty()) {
                return "";
            }
            if (target.startsWith("#")) {
                return layout.anchors().containsKey(target.substring(1)) ? target : "";
            }
            return WEB_LINK.matcher(target).matches() || target.startsWith("../") ? target : "";
        }

        /** The annotation's Contents, which PDF/UA asks of links: its text, or what a note number is. */
        private String description(String target, StringBuilder text) {
            if (target.startsWith(Tagger.NOTE_LINK)) {
                return layout.labels().text(LabelKey.NOTE, "number", target.substring(Tagger.NOTE_LINK.length()));
            }
            String words = text.toString().strip();
            return words.isEmpty() ? target : words;
        }

        /**
         * Puts the move from where the shown text ends to {@code x} into the open TJ array, in
         * hundredths of a thousandth of an em (under a ten-thousandth of a point at text sizes).
         * The pen follows the number as written, so rounding never adds up along a line.
         */
        private void appendGap(float x) {
            // TJ's numbers move the pen by thousandths of an em at the horizontal scale (ISO 32000-1, 9.4.4)
            long hundredths = Math.round((x - penX) * 100_000.0 / (fontSize * hScale));
            if (hundredths != 0) {
                openRun();
                closeString();
                PdfNumbers.appendScaled(shown, -hundredths, 2);
                runHasNumbers = true;
                penX += hundredths * fontSize * hScale / 100_000.0;
            }
        }

        /**
         * Appends {@code text}'s glyphs to the open TJ array, with the font's pair kerning (the
         * same numbers layout measured with) between them, and moves the pen past them.
         */
        private void appendGlyphs(String text, FontFace face, boolean kerning) {
            DocumentFont glyphs = fonts.get(face);
            openRun();
            long advance = 0;
            int previous = -1;
            int glyphCount = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (kerning && previous >= 0) {
                    int kern = library.kern(face, previous, cp);
                    if (kern != 0) {
                        closeString();
                        shown.append(-kern);
                        runHasNumbers = true;
                        advance += kern;
                    }
                }
                if (!inString) {
                    shown.append('(');
                    inString = true;
                }
                advance += glyphs.appendGlyph(cp, shown);
                previous = cp;
                glyphCount++;
                i += Character.charCount(cp);
            }
            penX += advance * fontSize * hScale / 1000.0 + glyphCount * charSpacing * hScale;
        }

        private void openRun() {
            if (!runOpen) {
                shown.setLength(0);
                shown.append('[');
                runOpen = true;
                runHasNumbers = false;
            }
        }

        private void closeString() {
            if (inString) {
                shown.append(')');
                inString = false;
            }
        }

        /**
         * Writes the open TJ array out (as a Tj when it is one string). Every operator other than
         * a string or a number must wait for this. The strings hold bytes as chars 0 to 255.
         */
        private void closeRun() throws IOException {
            if (!runOpen) {
                return;
            }
            closeString();
            if (shown.length() == 1) {
                runOpen = false; // nothing was shown: no operator
                return;
            }
            if (runHasNumbers) {
                shown.append("] TJ\n");
                content.append(shown);
            } else {
                shown.append(" Tj\n");
                content.append(shown, 1, shown.length());
            }
            runOpen = false;
        }

        /** A PDF text string in UTF-16BE with a byte order mark, as hex. */
        private static final String HEX_DIGITS = "0123456789ABCDEF";

        private static String textString(String text) {
            // Called for every ligature on every page: no Formatter here.
            StringBuilder hex = new StringBuilder(6 + 4 * text.length()).append("<FEFF");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                for (int shift = 12; shift >= 0; shift -= 4) {
                    hex.append(HEX_DIGITS.charAt((c >> shift) & 0xF));
                }
            }
            return hex.append('>').toString();
        }

        /** A large light diagonal word behind everything on the page. */
        private void watermark(String word) throws IOException {
            float size = 110f;
            FontFace face = layout.faces().headings().bold();
            float width = library.width(face, word, size);
            float capHeight = size * 0.72f;
            double angle = Math.toRadians(45);
            float cx = layout.geometry().width() / 2;
            float cy = height / 2;
            float ox = (float) (cx - (width / 2 * Math.cos(angle) - capHeight / 2 * Math.sin(angle)));
            float oy = (float) (cy - (width / 2 * Math.sin(angle) + capHeight / 2 * Math.cos(angle)));
            color(0xE6E6E6);
            content.beginArtifact();
            content.beginText();
            setFont(fonts.get(face), size);
            setScale(1f);
            setCharSpacing(0f);
            float cos = (float) Math.cos(angle);
            float sin = (float) Math.sin(angle);
            ops.setLength(0);
            for (float v : new float[] {cos, sin, -sin, cos, ox, oy}) {
                PdfNumbers.append(ops, v).append(' ');
            }
            content.append(ops.append("Tm\n"));
            appendGlyphs(word, face, false); // unkerned, as the watermark has always been drawn
            closeRun();
            content.endText();
            content.endMarkedContent();
        }

        private void image(VItem.ImageBox box, float top) throws IOException {
            float y = height - top - box.height();
            SourcePos pos = box.origin().element() instanceof Block.Figure figure ? figure.pos() : SourcePos.START;
            PDXObject image = drawings.containsKey(box.source()) ? form(box.source(), pos) : embed(box.source());
            // The content names the image per page (/Im1), and its alt text lives in the tags.
            fingerprint.put(box.source());
            if (box.origin().element() instanceof Block.Figure figure) {
                fingerprint.put(figure.image().alt());
            }
            boolean tagged = !box.origin().isArtifact();
            if (tagged) {
                content.append(tagger.mark(box.origin(), page, index).operator());
                tagger.figureBox(box.origin(), shift + box.x(), y, box.width(), box.height());
            } else {
                content.beginArtifact();
            }
            if (image == null) {
                // Layout found the image readable but PDFBox could not embed it: keep its place.
                fill(box.x(), y, box.width(), box.height(), 0xEEEEEE);
            } else {
                COSName name = image instanceof PDFormXObject form ? page.getResources().add(form)
                        : page.getResources().add((PDImageXObject) image);
                content.image(name.getName(), box.x(), y, box.width(), box.height());
            }
            content.endMarkedContent();
        }

        private void fill(float x, float y, float w, float h, int rgb) throws IOException {
            color(rgb);
            content.rectangle(x, y, w, h).operator("f");
        }

        private void color(int rgb) throws IOException {
            if (rgb != color) {
                content.fillColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f,
                        (rgb & 0xFF) / 255f);
                color = rgb;
            }
        }

        private PDAnnotationLink link(String target, PDRectangle area, String description) throws IOException {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(area);
            link.setContents(description);
            link.setPrinted(true); // PDF/A: annotations must print
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            if (target.startsWith("#")) {
                Destination destination = layout.anchors().get(target.substring(1));
                if (destination == null) {
                    return null;
                }
                link.setDestination(xyz(destination));
            } else if (WEB_LINK.matcher(target).matches() || target.startsWith("../")) {
                PDActionURI action = new PDActionURI();
                action.setURI(target);
                link.setAction(action);
            } else {
                return null;
            }
            page.getAnnotations().add(link);
            fingerprint.put(target); // not in the page's content, which only shows its text
            return link;
        }
    }

    /** The chart at {@code source} as a Form XObject, drawn the first time a page shows it; null if it cannot be. */
    private PDFormXObject form(String source, SourcePos pos) {
        if (forms.containsKey(source)) {
            return forms.get(source);
        }
        PDFormXObject form = null;
        try {
            SvgForm drawn = SvgForm.draw(drawings.get(source), document, fonts, library, layout.faces());
            form = drawn.form();
            fingerprint.put(drawn.content());
            if (!drawn.unsupported().isEmpty()) {
                reporter.warning(pos, "svg-unsupported", "the PDF draws " + source + " without its "
                        + String.join(" and ", drawn.unsupported()) + ", which Galley cannot draw yet;"
                        + " the site shows them");
            }
            if (!drawn.missing().isEmpty()) {
                reporter.warning(pos, "font-glyph", "no face has " + String.join(", ", drawn.missing())
                        + " of the text in " + source + ", so the PDF leaves them out");
            }
        } catch (IOException | RuntimeException e) {
            reporter.warning(pos, "pdf-image-unreadable", "cannot draw " + source + " in the PDF: " + e.getMessage());
        }
        forms.put(source, form);
        return form;
    }

    private PDImageXObject embed(String source) {
        if (embedded.containsKey(source)) {
            return embedded.get(source);
        }
        ImageAsset asset = images.get(source);
        PDImageXObject image = null;
        if (asset != null) {
            try {
                image = asset.jpeg()
                        ? JPEGFactory.createFromByteArray(document, asset.bytes())
                        : EncodedImages.lossless(document, asset);
                fingerprint.put(asset.bytes());
            } catch (IOException | RuntimeException e) {
                reporter.warning(SourcePos.START, "image-unreadable",
                        "cannot embed image " + source + " in the PDF: " + e.getMessage());
            }
        }
        embedded.put(source, image);
        return image;
    }

    private PDPageXYZDestination xyz(Destination destination) {
        PDPageXYZDestination xyz = new PDPageXYZDestination();
        xyz.setPage(pages.get(destination.pageIndex()));
        xyz.setLeft(0);
        xyz.setTop(Math.round(layout.geometry().height() - destination.top()));
        return xyz;
    }

    private void outline() {
        if (layout.outline().isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        addEntries(outline, layout.outline());
        outline.openNode();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    private void addEntries(PDOutlineNode parent, List<OutlineEntry> entries) {
        for (OutlineEntry entry : entries) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.title());
            fingerprint.put(entry.title()); // the real text, where the page may show a U+FFFD
            Destination destination = layout.anchors().get(entry.anchor());
            if (destination != null) {
                item.setDestination(xyz(destination));
            }
            parent.addLast(item);
            addEntries(item, entry.children());
        }
    }

    private void metadata(PdfMetadata metadata) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(metadata.title());
        if (!metadata.author().isEmpty()) {
            info.setAuthor(metadata.author());
        }
        if (!metadata.subject().isEmpty()) {
            info.setSubject(metadata.subject());
        }
        if (!metadata.keywords().isEmpty()) {
            info.setKeywords(metadata.keywords());
        }
        info.setCreator(metadata.creator());
        info.setProducer(metadata.producer());
        metadata.created().map(PdfWriter::calendar).ifPresent(info::setCreationDate);
        metadata.modified().map(PdfWriter::calendar).ifPresent(info::setModificationDate);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (!metadata.language().isBlank()) {
            catalog.setLanguage(metadata.language());
        }
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true); // viewers show the title, not the file name
        catalog.setViewerPreferences(preferences);
    }

    /**
     * PDF/A-2a (and PDF/UA-1, see {@link Tagger#accessible}): the XMP packet mirroring the document information, and an sRGB output intent
     * (the JDK's profile) for the DeviceRGB colours the pages use.
     */
    private void pdfa(PdfMetadata metadata) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        List<String> topics = metadata.keywords().isEmpty() ? List.of()
                : Arrays.asList(metadata.keywords().split(", "));
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(Xmp.packet(metadata, topics, tagger.accessible()).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /**
     * Sets the trailer's /ID from a hash of the pages and metadata. Without it PDFBox derives one
     * from the current time, and the same briefing would give different bytes on every build.
     */
    private void documentId(PdfMetadata metadata) {
        // Which character each glyph reads as: two characters one glyph draws are told apart here.
        for (int value : fonts.readings()) {
            fingerprint.putInt(value);
        }
        byte[] id = fingerprint.id(metadata.toString());
        COSArray ids = new COSArray();
        COSString first = new COSString(id);
        first.setForceHexForm(true);
        COSString second = new COSString(id);
        second.setForceHexForm(true);
        ids.add(first);
        ids.add(second);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
