package dev.galley.render.pdf.font;

import dev.galley.core.style.FontFamily;
import dev.galley.core.style.FontFile;
import dev.galley.core.style.Fonts;
import dev.galley.core.text.Digests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the faces of a house style's {@code fonts:} from the desk's files: one {@link FontFace}
 * per file (a file named for several roles is one face, embedded once), numbered in the order
 * the style names them, each read and measured now so that a font Galley cannot use is reported
 * once and its role keeps Galley's own face instead of failing briefing after briefing.
 */
public final class DeskFaces {

    /** What a desk's face is read from: the bytes of its file, and which font of a collection. */
    record Source(String file, int index, byte[] bytes, String digest, Fonts.Figures figures) {
    }

    /** Reads a content file's bytes, as the render context allows. */
    public interface Files {
        byte[] read(String file) throws IOException;
    }

    /** Told about a file that cannot be used after all (core checked its table directory only). */
    public interface Problems {
        void unusable(FontFile file, String problem);
    }

    private final Files files;
    private final Problems problems;
    private final Fonts.Figures figures;
    private final Map<String, Optional<FontFace>> made = new LinkedHashMap<>();

    private DeskFaces(Files files, Problems problems, Fonts.Figures figures) {
        this.files = files;
        this.problems = problems;
        this.figures = figures;
    }

    /** The faces {@code fonts} gives each role, Galley's own where it gives none or its file fails. */
    public static TypeFaces load(Fonts fonts, Files files, Problems problems) {
        if (fonts.isDefault()) {
            return TypeFaces.DEFAULT;
        }
        DeskFaces desk = new DeskFaces(files, problems, fonts.figures());
        FontFace body = desk.family(fonts.body(), false).orElse(FontFace.SERIF);
        FontFace headings = desk.family(fonts.headings(), false).orElse(FontFace.SANS);
        FontFace notes = fonts.notes().isPresent() ? desk.family(fonts.notes(), false).orElse(body) : body;
        FontFace mono = desk.family(fonts.monospace(), true).orElse(FontFace.MONO);
        List<FontFace> fallback = new ArrayList<>();
        for (FontFile file : fonts.fallback()) {
            desk.face(file, false).ifPresent(face -> {
                FontFace.Family.of(face, face, face, face);
                fallback.add(face);
            });
        }
        fallback.addAll(TypeFaces.LAST);
        return new TypeFaces(body, headings, notes, mono, fallback, fonts.figures());
    }

    private Optional<FontFace> family(Optional<FontFamily> family, boolean monospaced) {
        if (family.isEmpty()) {
            return Optional.empty();
        }
        FontFamily f = family.get();
        Optional<FontFace> regular = face(f.regular(), monospaced);
        if (regular.isEmpty()) {
            return Optional.empty();
        }
        FontFace italic = f.italic().flatMap(x -> face(x, monospaced)).orElse(regular.get());
        FontFace bold = f.bold().flatMap(x -> face(x, monospaced)).orElse(regular.get());
        FontFace boldItalic = f.boldItalic().flatMap(x -> face(x, monospaced))
                .orElse(f.bold().isPresent() ? bold : italic);
        FontFace.Family.of(regular.get(), italic, bold, boldItalic);
        return regular;
    }

    private Optional<FontFace> face(FontFile file, boolean monospaced) {
        String key = file.file() + "#" + file.index();
        Optional<FontFace> known = made.get(key);
        if (known != null) {
            return known;
        }
        Optional<FontFace> face;
        try {
            byte[] bytes = files.read(file.file());
            Source source = new Source(file.file(), file.index(), bytes, Digests.sha256Hex(bytes), figures);
            FontFace candidate = FontFace.desk(made.size(), file.file() + (file.index() > 0 ? "#" + file.index() : ""),
                    source, monospaced);
            FontLibrary.get().measure(candidate); // reads it now: a broken font fails here, once
            face = Optional.of(candidate);
        } catch (IOException | RuntimeException e) {
            problems.unusable(file, "cannot be read as a font (" + e.getMessage() + "); Galley's own face is used");
            face = Optional.empty();
        }
        made.put(key, face);
        return face;
    }
}
