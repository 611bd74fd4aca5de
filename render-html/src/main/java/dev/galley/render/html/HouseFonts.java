package dev.galley.render.html;

import dev.galley.core.diagnostic.Severity;
import dev.galley.core.publish.RenderContext;
import dev.galley.core.style.FontFamily;
import dev.galley.core.style.FontFile;
import dev.galley.core.style.FontFormat;
import dev.galley.core.style.Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The site's typefaces from the desk's house style, the same files the PDF embeds: each file
 * copied into {@code assets/fonts/} under a name with its hash (a {@code .woff2} of the same name
 * beside it too, offered first), and {@code @font-face} rules for one family per role, "Galley
 * Body", "Galley Headings" and so on, so that roles set in different files never share a name.
 * Each family has all four styles, a style the desk gave no file for drawn with the nearest it
 * did give, as in the PDF: the browser never slants or emboldens them. The roles' custom
 * properties then name the family, the desk's fallback faces, and the stack the built-in
 * stylesheet has for the role.
 *
 * <p>A browser cannot take one face out of a TrueType collection, so a collection's face is
 * served only as the single-face {@code .woff2} of the collection's name beside it; without one,
 * its role keeps the site's own stack (a family without its regular face), or its style the
 * family's nearest face.
 */
final class HouseFonts {

    /** A role the site sets: its custom property, its family's name, the stack it falls back on. */
    private record Role(String property, String family, String generic) {
    }

    private static final Role BODY = new Role("--body-font", "Galley Body", "var(--sans)");
    private static final Role HEADINGS = new Role("--heading-font", "Galley Headings", "var(--sans)");
    /** Without a family of their own, notes follow the body in the built-in stylesheet. */
    private static final Role NOTES = new Role("--notes-font", "Galley Notes", "var(--sans)");
    private static final Role MONOSPACE = new Role("--code-font", "Galley Monospace", "var(--mono)");

    /** One of a face's {@code @font-face} sources: a file of the content folder and its format. */
    private record Source(String file, byte[] bytes, String format) {
    }

    private final RenderContext context;
    private final Assets assets;
    /** Each font file's sources, in the order the rules list them; empty when the site cannot serve it. */
    private final Map<String, List<Source>> sources = new LinkedHashMap<>();
    /** Each published source's path under {@code assets/}, as an address. */
    private final Map<String, String> copied = new LinkedHashMap<>();
    /** The desk's fonts less the files the site cannot serve. */
    private Fonts served = Fonts.DEFAULT;

    private HouseFonts(RenderContext context, Assets assets) {
        this.context = context;
        this.assets = assets;
    }

    /** Adds the files of the desk's fonts that the site can serve to {@code assets}. */
    static HouseFonts publish(Fonts fonts, RenderContext context, Assets assets) throws IOException {
        HouseFonts house = new HouseFonts(context, assets);
        if (fonts.isDefault()) {
            return house;
        }
        Set<String> unserved = new TreeSet<>();
        for (FontFile file : (Iterable<FontFile>) fonts.files()::iterator) {
            if (house.sources(file).isEmpty()) {
                unserved.add(file.file());
            }
        }
        Fonts served = fonts.without(unserved);
        if (Stream.of(served.body(), served.headings(), served.notes(), served.monospace())
                .anyMatch(Optional::isPresent)) {
            house.served = served; // else no role has a face to serve, and no fallback is used
            for (FontFile file : (Iterable<FontFile>) served.files()::iterator) {
                for (Source source : house.sources.get(file.file())) {
                    house.copy(source);
                }
            }
        }
        return house;
    }

    /**
     * The rules to append to the built-in stylesheet; nothing when the desk keeps Galley's faces.
     * Their addresses start with {@code toAssets}, the way from the stylesheet's place to the
     * {@code assets/} folder: empty for the stylesheet there, {@code assets/} for one a page at
     * the site's root holds.
     */
    String css(String toAssets) {
        if (served.isDefault()) {
            return "";
        }
        List<String> fallback = new ArrayList<>();
        for (int i = 1; i <= served.fallback().size(); i++) {
            fallback.add("Galley Fallback " + i);
        }
        StringBuilder faces = new StringBuilder();
        StringBuilder stacks = new StringBuilder();
        role(faces, stacks, BODY, served.body(), fallback, toAssets);
        role(faces, stacks, HEADINGS, served.headings(), fallback, toAssets);
        role(faces, stacks, NOTES, served.notes(), fallback, toAssets);
        role(faces, stacks, MONOSPACE, served.monospace(), fallback, toAssets);
        for (int i = 0; i < fallback.size(); i++) {
            fontFaces(faces, fallback.get(i), FontFamily.of(served.fallback().get(i)), toAssets);
        }
        return "\n/* The desk's fonts, from style: in galley.yaml */\n" + faces + ":root {\n" + stacks + "}\n";
    }

    private void role(StringBuilder faces, StringBuilder stacks, Role role, Optional<FontFamily> family,
                      List<String> fallback, String toAssets) {
        if (family.isEmpty()) {
            return;
        }
        fontFaces(faces, role.family(), family.get(), toAssets);
        stacks.append("  ").append(role.property()).append(": \"").append(role.family()).append('"');
        for (String f : fallback) {
            stacks.append(", \"").append(f).append('"');
        }
        stacks.append(", ").append(role.generic()).append(";\n");
    }

    /** The family's four styles, each from the face that draws it. */
    private void fontFaces(StringBuilder css, String name, FontFamily family, String toAssets) {
        for (int style = 0; style < 4; style++) {
            boolean bold = style >= 2;
            boolean italic = style % 2 == 1;
            List<Source> src = sources.get(family.face(bold, italic).file());
            css.append("@font-face {\n  font-family: \"").append(name).append("\";\n  src: ");
            for (int i = 0; i < src.size(); i++) {
                css.append(i == 0 ? "" : ",\n       ").append("url(\"").append(toAssets)
                        .append(copied.get(src.get(i).file()))
                        .append("\") format(\"").append(src.get(i).format()).append("\")");
            }
            css.append(";\n  font-weight: ").append(bold ? 700 : 400).append(";\n  font-style: ")
                    .append(italic ? "italic" : "normal").append(";\n  font-display: swap;\n}\n");
        }
    }

    /**
     * The sources of {@code font}'s file, read when first asked for: the {@code .woff2} beside
     * it, then the file itself unless it is a collection.
     */
    private List<Source> sources(FontFile font) throws IOException {
        List<Source> known = sources.get(font.file());
        if (known != null) {
            return known;
        }
        List<Source> found = new ArrayList<>(2);
        woff2(font).ifPresent(found::add);
        // core has read and checked the file: a TrueType font or collection of the content folder
        byte[] bytes = Files.readAllBytes(context.contentFile(font.file()));
        if (!FontFormat.isCollection(bytes)) {
            found.add(new Source(font.file(), bytes, "truetype"));
        }
        sources.put(font.file(), List.copyOf(found));
        return found;
    }

    /** The single-face WOFF2 of the same name beside {@code font}, if the desk has one. */
    private Optional<Source> woff2(FontFile font) throws IOException {
        String file = font.file();
        int dot = file.lastIndexOf('.');
        String name = (dot > file.lastIndexOf('/') ? file.substring(0, dot) : file) + ".woff2";
        Path path = context.contentFile(name);
        if (!Files.isRegularFile(path) || !path.toRealPath().startsWith(context.contentFile("").toRealPath())) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(path);
        if (!FontFormat.isSingleWoff2(bytes)) {
            context.reportFile(Severity.WARNING, "galley.yaml", font.pos(), "style-font", "'" + name
                    + "' beside the font '" + file + "' is not a WOFF2 font of one face, so the site leaves it out");
            return Optional.empty();
        }
        return Optional.of(new Source(name, bytes, "woff2"));
    }

    /** Publishes {@code source} as {@code assets/fonts/<its file name>}, once. */
    private void copy(Source source) {
        copied.computeIfAbsent(source.file(), file -> {
            String published = assets.copy("fonts/" + file.substring(file.lastIndexOf('/') + 1), source.bytes());
            return Urls.encodePath(published.substring("assets/".length()));
        });
    }
}
