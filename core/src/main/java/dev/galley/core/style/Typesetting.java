package dev.galley.core.style;

import java.util.List;
import java.util.Objects;

/**
 * The print briefing's type sizes and the shape of its paragraphs. Every other distance of the
 * layout (spaces between blocks, indents, padding) follows from the body's size and leading, so a
 * desk that sets only the body gets a page in proportion.
 *
 * @param body         running text
 * @param notes        footnotes
 * @param code         code blocks
 * @param tables       table cells
 * @param captions     figure captions
 * @param headingSizes the sizes of section headings of levels 1 to 6
 * @param paragraphs   how one paragraph is set apart from the next
 * @param protrusion   whether justified lines' punctuation and hyphens hang into the margins of
 *                     the print page, as microtype sets them, so the margins look straight
 * @param expansion    whether a justified line's glyphs may be widened or narrowed by up to 2 %
 *                     (font expansion), so that its spaces need stretch or shrink less
 */
public record Typesetting(TextSize body, TextSize notes, TextSize code, TextSize tables, TextSize captions,
                          List<Float> headingSizes, Paragraphs paragraphs, boolean protrusion, boolean expansion) {

    /** Space between paragraphs (Galley's own), or a first-line indent of one em and no space. */
    public enum Paragraphs { SPACED, INDENTED }

    /**
     * Galley's own: DejaVu Serif, whose large x-height reads like 11 pt of most faces, at 10.5 on
     * 15 pt, a leading that keeps lines of about 75 characters easy to track; headings in clear
     * steps set by hand rather than by one ratio.
     */
    public static final Typesetting DEFAULT = new Typesetting(new TextSize(10.5f, 15f), new TextSize(8.5f, 12.5f),
            new TextSize(8.5f, 12f), new TextSize(9f, 12.5f), new TextSize(8.5f, 12f),
            List.of(17f, 14f, 12f, 10.5f, 10f, 10f), Paragraphs.SPACED, true, true);

    public Typesetting {
        Objects.requireNonNull(body);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(code);
        Objects.requireNonNull(tables);
        Objects.requireNonNull(captions);
        Objects.requireNonNull(paragraphs);
        headingSizes = List.copyOf(headingSizes);
        if (headingSizes.size() != 6) {
            throw new IllegalArgumentException("six heading sizes, one per level");
        }
    }

    /** The size of headings of {@code level} (1 to 6). */
    public float headingSize(int level) {
        return headingSizes.get(Math.min(Math.max(level, 1), 6) - 1);
    }

    /** This setting with the body at {@code size}: the other sizes and the headings follow in proportion. */
    public Typesetting withBody(TextSize size) {
        return new Typesetting(size, notes.scaled(body, size), code.scaled(body, size), tables.scaled(body, size),
                captions.scaled(body, size), headingSizes.stream()
                .map(h -> size.equals(body) ? h : Math.round(h * size.size() / body.size() * 2) / 2f).toList(),
                paragraphs, protrusion, expansion);
    }

    /**
     * Headings a constant ratio apart: level 4 at the body's size, each level above {@code scale}
     * times the one below, levels 5 and 6 a little smaller than the body; to a half point.
     */
    public Typesetting withHeadingScale(double scale) {
        float b = body.size();
        List<Float> sizes = List.of(half(b * Math.pow(scale, 3)), half(b * Math.pow(scale, 2)), half(b * scale), b,
                half(b * 0.95), half(b * 0.95));
        return new Typesetting(body, notes, code, tables, captions, sizes, paragraphs, protrusion, expansion);
    }

    public Typesetting withParagraphs(Paragraphs style) {
        return new Typesetting(body, notes, code, tables, captions, headingSizes, style, protrusion, expansion);
    }

    public Typesetting withProtrusion(boolean on) {
        return new Typesetting(body, notes, code, tables, captions, headingSizes, paragraphs, on, expansion);
    }

    public Typesetting withExpansion(boolean on) {
        return new Typesetting(body, notes, code, tables, captions, headingSizes, paragraphs, protrusion, on);
    }

    private static float half(double points) {
        return Math.round(points * 2) / 2f;
    }
}
