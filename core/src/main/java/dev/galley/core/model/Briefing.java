package dev.galley.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One briefing, read and checked: what every renderer turns into a page or a PDF.
 *
 * @param source    the source file, relative to the content folder, with forward slashes
 *                  (for example {@code briefings/nato-after-ukraine.md})
 * @param slug      the page name: the front matter's {@code slug:}, else made from the file name
 * @param meta      the front matter
 * @param lead      blocks before the first heading
 * @param sections  top-level sections, in source order
 * @param footnotes footnotes in number order
 * @param counts    the body's words and each paragraph's, counted once as it was read
 *                  ({@link BodyCounts#of} of the lead, sections and footnotes)
 */
public record Briefing(String source, String slug, Meta meta, List<Block> lead,
                       List<Section> sections, List<Footnote> footnotes, BodyCounts counts) {

    public Briefing {
        Objects.requireNonNull(source);
        Objects.requireNonNull(slug);
        Objects.requireNonNull(meta);
        Objects.requireNonNull(counts);
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
    }

    /** Every section, depth first in source order. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        collect(sections, all);
        return List.copyOf(all);
    }

    private static void collect(List<Section> sections, List<Section> into) {
        for (Section s : sections) {
            into.add(s);
            collect(s.children(), into);
        }
    }

    /** Words a reader reads in the body (lead, headings, sections, footnotes). */
    public int wordCount() {
        return counts.words();
    }

    /** Minutes a reader needs, at 230 words a minute, never less than one. */
    public int readingMinutes() {
        return Math.max(1, Math.round(counts.words() / 230f));
    }
}
