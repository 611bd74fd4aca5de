package dev.galley.render.pdf.page;

import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vertical list being built: the items one part of a briefing (its masthead, contents or body,
 * or one footnote) is set into, with the frame, origin and running text in force, the space asked
 * for before the next item, and what waits for the next line of text (a list marker, an anchor)
 * or runs beside every line (the bars of open quotes). Each setter adds its block through it.
 *
 * <p>The setters live in this package, not one of their own, because what they read (the
 * {@link Measures}, {@link Frame}, {@link Lines}) is package-private: a package of their own
 * would make the house style's measures public API and tie two packages in a cycle.
 */
final class Column {

    enum Align { LEFT, CENTER }

    /** The running text in force: its style and leading, and the space between its blocks. */
    record Text(Style body, float leading, float blockSpace) {
        Text withBlockSpace(float space) {
            return new Text(body, leading, space);
        }
    }

    private final LayoutContext c;
    private final List<VItem> items = new ArrayList<>();
    /** Table body lines (by identity) to their table's header lines, for the page builder. */
    private final Map<VItem, List<VItem>> repeatedHeaders = new IdentityHashMap<>();
    /** The span blocks are set in; lists, quotes and callouts narrow it for their blocks. */
    Frame frame;
    /** The model element being set, for every line emitted (see {@link Origin}). */
    Origin origin;
    Text text;
    private float pendingSpace;
    /** The space asked for above the first item (see {@link #matter}). */
    private float opening;
    /** Set after a heading: the space below it is final, the next block may not add more. */
    private boolean spaceLocked;
    /** A list marker hanging in the indent, drawn with the next line of text. */
    private List<Fragment> hangingMarker = List.of();
    /** What the hanging marker labels (a list item, a note): its fragments' origin. */
    private Origin markerOrigin = Origin.ARTIFACT;
    /** A list marker that found no room in the indent, set at the start of the next paragraph. */
    private List<Run> inlineMarker = List.of();
    private String pendingAnchor = "";
    private final List<Float> quoteBars = new ArrayList<>();

    Column(LayoutContext c, Frame frame, Origin origin, Text text) {
        this.c = c;
        this.frame = frame;
        this.origin = origin;
        this.text = text;
    }

    /** What was set, and the space asked for around it, for {@link Matter#stack} to join to the others. */
    Matter matter() {
        assert hangingMarker.isEmpty() && inlineMarker.isEmpty() && pendingAnchor.isEmpty()
                && quoteBars.isEmpty() : "left pending at the end of the matter";
        return new Matter(items, opening, pendingSpace, spaceLocked);
    }

    List<VItem> items() {
        return items;
    }

    Map<VItem, List<VItem>> repeatedHeaders() {
        return repeatedHeaders;
    }

    /** The lines of a table's body (from {@code bodyStart} on) get {@code header} again on a new page. */
    void repeatHeader(int bodyStart, List<VItem> header) {
        for (VItem item : items.subList(bodyStart, items.size())) {
            repeatedHeaders.put(item, header);
        }
    }

    /** Puts {@code boxed} in place of item {@code i}, keeping the table header it repeats. */
    void replace(int i, VItem boxed) {
        VItem item = items.get(i);
        List<VItem> headers = repeatedHeaders.remove(item);
        if (headers != null) {
            repeatedHeaders.put(boxed, headers);
        }
        items.set(i, boxed);
    }

    /** Runs {@code body} with {@code kind}/{@code element} as the current origin. */
    void within(Origin.Kind kind, Object element, Runnable body) {
        Origin outer = origin;
        origin = outer.within(kind, element);
        try {
            body.run();
        } finally {
            origin = outer;
        }
    }

    /** How tall what is set so far stands, the space still pending left out. */
    float height() {
        float height = 0;
        for (VItem item : items) {
            height += item.height();
        }
        return height;
    }

    // ---------------------------------------------------------------- space

    void space(float amount) {
        if (!spaceLocked) {
            pendingSpace = Math.max(pendingSpace, amount);
        }
    }

    /** {@code amount} of space before the next item, and no more whatever the next block asks. */
    void lockSpace(float amount) {
        pendingSpace = amount;
        spaceLocked = true;
    }

    /** The next block may ask for more space again (a box's padding ends the heading's lock). */
    void unlockSpace() {
        spaceLocked = false;
    }

    // ---------------------------------------------------------------- what waits for a line of text

    /** {@code marker}, placed across the page, is drawn with the next line of text. */
    void hang(List<Fragment> marker) {
        hangingMarker = marker;
    }

    /** {@code marker} could not hang: it starts the next paragraph, or a line of its own. */
    void setInline(List<Run> marker) {
        inlineMarker = marker;
    }

    /** Whether a marker still waits for its text (an empty item, an empty note). */
    boolean markerPending() {
        return !hangingMarker.isEmpty() || !inlineMarker.isEmpty();
    }

    boolean hangingMarkerPending() {
        return !hangingMarker.isEmpty();
    }

    boolean inlineMarkerPending() {
        return !inlineMarker.isEmpty();
    }

    /** The marker that could not hang, now set in front of a paragraph's text. */
    List<Run> takeInlineMarker() {
        List<Run> runs = inlineMarker;
        inlineMarker = List.of();
        return runs;
    }

    /** The origin of the marker's fragments: the label of what it marks. */
    void markerOrigin(Origin origin) {
        markerOrigin = origin;
    }

    Origin markerOrigin() {
        return markerOrigin;
    }

    /** The next line of text is where {@code anchor} leads. */
    void anchor(String anchor) {
        pendingAnchor = anchor;
    }

    boolean anchorPending() {
        return !pendingAnchor.isEmpty();
    }

    /** Every line from now on has a quote's bar at {@code x}, until {@link #closeQuoteBar}. */
    void openQuoteBar(float x) {
        quoteBars.add(x);
    }

    void closeQuoteBar() {
        quoteBars.remove(quoteBars.size() - 1);
    }

    // ---------------------------------------------------------------- emitting

    void emit(VItem item) {
        if (items.isEmpty()) {
            opening = pendingSpace; // space above the matter: where it meets the matter before
        } else if (pendingSpace > 0) {
            items.add(new VItem.Space(pendingSpace));
        }
        pendingSpace = 0;
        spaceLocked = false;
        items.add(item);
    }

    void emitLines(List<Line> lines, Style style, float lineHeight, Align align, boolean keep, List<Rect> rects) {
        float baseline = c.lines().baseline(style, lineHeight);
        for (Line line : lines) {
            float x = frame.left() + (align == Align.CENTER ? Math.max(0, (frame.width() - line.width()) / 2) : 0);
            emitLine(lineHeight, baseline, Lines.shift(line.fragments(), x), rects, keep);
        }
    }

    /**
     * A paragraph's lines, kept so that neither its first line alone ends a page (an orphan) nor
     * its last line alone starts one (a widow): the first line keeps with the second, the
     * second-last with the last; and a line that ends inside a word keeps with the next, so
     * that no page ends with half a word (TeX's \brokenpenalty, here a rule). The page builder
     * breaks such chains only when they are longer than a page. The first {@code labelled}
     * fragments of the first line are a list item's marker.
     */
    void emitParagraph(List<Line> lines, Style style, float lineHeight, int labelled) {
        float baseline = c.lines().baseline(style, lineHeight);
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            boolean keep = n >= 2 && (i == 0 || i == n - 2 || (i < n - 1 && endsInsideAWord(lines.get(i))));
            List<Fragment> fragments = Lines.shift(lines.get(i).fragments(), frame.left());
            List<Origin> parts = List.of();
            if (i == 0 && labelled > 0) {
                parts = new ArrayList<>();
                for (int f = 0; f < fragments.size(); f++) {
                    parts.add(f < labelled ? markerOrigin : origin);
                }
            }
            emitLine(lineHeight, baseline, fragments, parts, List.of(), keep, !fragments.isEmpty());
        }
    }

    /** The breaker's hyphen, or a break after the text's own hyphen (as in "disait-" / "on"). */
    private static boolean endsInsideAWord(Line line) {
        if (line.hyphenated()) {
            return true;
        }
        String text = line.text();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return last == '-' || last == '\u2010' || last == '\u00AD';
    }

    void emitLine(float height, float baseline, List<Fragment> fragments, List<Rect> rects, boolean keep) {
        emitLine(height, baseline, fragments, rects, keep, !fragments.isEmpty());
    }

    /**
     * Emits one line, adding a pending list marker, anchor and the bars of open quotes. Rules and
     * padding are not {@code ofText}: a pending marker or anchor waits for the next line of text.
     */
    void emitLine(float height, float baseline, List<Fragment> fragments, List<Rect> rects, boolean keep,
                  boolean ofText) {
        emitLine(height, baseline, fragments, List.of(), rects, keep, ofText);
    }

    /** As above, {@code parts} the fragments' own origins (empty: all the current origin). */
    void emitLine(float height, float baseline, List<Fragment> fragments, List<Origin> parts, List<Rect> rects,
                  boolean keep, boolean ofText) {
        List<Fragment> all = fragments;
        List<Origin> allParts = parts;
        if (!hangingMarker.isEmpty() && ofText) {
            all = new ArrayList<>(hangingMarker);
            all.addAll(fragments);
            allParts = new ArrayList<>();
            for (int i = 0; i < hangingMarker.size(); i++) {
                allParts.add(markerOrigin);
            }
            for (int i = 0; i < fragments.size(); i++) {
                allParts.add(parts.isEmpty() ? origin : parts.get(i));
            }
            hangingMarker = List.of();
        }
        List<Rect> allRects = rects;
        if (!quoteBars.isEmpty()) {
            allRects = new ArrayList<>(rects);
            for (float x : quoteBars) {
                allRects.add(new Rect(x, 0, c.m().quoteBar, height, c.colours().quoteBar().rgb()));
            }
        }
        String anchor = "";
        if (ofText) {
            anchor = pendingAnchor;
            pendingAnchor = "";
        }
        emit(new VItem.LineBox(height, baseline, all, allRects, keep, anchor, ofText ? origin : Origin.ARTIFACT,
                ofText ? allParts : List.of()));
    }

    /** An empty line of the running text that still carries what waits for text (a marker, an anchor). */
    void emitEmptyText(Style style, float lineHeight, boolean keep) {
        emitLine(lineHeight, c.lines().baseline(style, lineHeight), List.of(), List.of(), keep, true);
    }

    /** A marker that could not hang emitted on a line of its own (the item starts with a list, say). */
    void flushInlineMarker() {
        if (!inlineMarker.isEmpty()) {
            List<Run> runs = takeInlineMarker();
            Origin outer = origin;
            origin = markerOrigin;
            emitLines(c.lines().prose(runs, frame.width()), text.body(), text.leading(), Align.LEFT, true, List.of());
            origin = outer;
        }
    }

    void rule(float x, float width, float thickness, int rgb) {
        rule(x, width, thickness, rgb, false);
    }

    void rule(float x, float width, float thickness, int rgb, boolean keep) {
        emitLine(Math.max(thickness, 1f), 0, List.of(), List.of(new Rect(x, 0, width, thickness, rgb)), keep);
    }
}
