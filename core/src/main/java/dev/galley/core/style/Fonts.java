package dev.galley.core.style;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The typefaces of a house style by role. A role the desk leaves out keeps Galley's own face
 * (DejaVu Serif for body and notes, DejaVu Sans for headings, DejaVu Sans Mono for code), and
 * notes and captions follow the body's family when only the body is given.
 *
 * @param body      paragraphs, lists, quotes, tables, bylines
 * @param headings  title, headings, kicker, desk name, running head and foot
 * @param notes     footnotes and captions; the body's family when empty
 * @param monospace code
 * @param fallback  faces tried, in order, for characters the role's face lacks, before DejaVu
 * @param figures   which figures the faces draw digits with
 */
public record Fonts(Optional<FontFamily> body, Optional<FontFamily> headings, Optional<FontFamily> notes,
                    Optional<FontFamily> monospace, List<FontFile> fallback, Figures figures) {

    /** Galley's own faces. */
    public static final Fonts DEFAULT = new Fonts(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), Figures.DEFAULT);

    /** How digits are drawn, where a face has both kinds (its OpenType {@code tnum} and {@code pnum}). */
    public enum Figures {
        /** As the face draws them without a feature. */
        DEFAULT,
        /** All of one width, so that columns of numbers line up. */
        TABULAR,
        /** Each of its own width, which sets evenly in running text. */
        PROPORTIONAL
    }

    public Fonts {
        Objects.requireNonNull(body);
        Objects.requireNonNull(headings);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(monospace);
        fallback = List.copyOf(fallback);
        Objects.requireNonNull(figures);
    }

    /** Whether the desk gave any face of its own. */
    public boolean isDefault() {
        return body.isEmpty() && headings.isEmpty() && notes.isEmpty() && monospace.isEmpty() && fallback.isEmpty();
    }

    /** Every font file the style names, in the order written: body, headings, notes, monospace, fallback. */
    public Stream<FontFile> files() {
        return Stream.concat(Stream.of(body, headings, notes, monospace).flatMap(Optional::stream)
                .flatMap(FontFamily::files), fallback.stream());
    }

    /** These fonts without the files {@code unusable} names (their families fall back to Galley's own). */
    public Fonts without(Set<String> unusable) {
        return new Fonts(usable(body, unusable), usable(headings, unusable), usable(notes, unusable),
                usable(monospace, unusable),
                fallback.stream().filter(f -> !unusable.contains(f.file())).toList(), figures);
    }

    private static Optional<FontFamily> usable(Optional<FontFamily> family, Set<String> unusable) {
        if (family.isEmpty() || unusable.contains(family.get().regular().file())) {
            return Optional.empty();
        }
        FontFamily f = family.get();
        return Optional.of(new FontFamily(f.regular(), f.italic().filter(x -> !unusable.contains(x.file())),
                f.bold().filter(x -> !unusable.contains(x.file())),
                f.boldItalic().filter(x -> !unusable.contains(x.file()))));
    }
}
