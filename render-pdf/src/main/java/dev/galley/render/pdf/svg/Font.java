package dev.galley.render.pdf.svg;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.TypeFaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of the briefing's faces sets a chart's text. A PDF can only show faces it embeds, and a
 * chart names families from the machine it was made on (Arial, Helvetica, "DejaVu Sans",
 * Roboto), so each family is taken for what it is, a serif, a sans or a monospace, and set in
 * the desk's face of that kind: serif in the body face, sans in the headings face (Galley's
 * DejaVu Sans unless the desk chose its own), monospace in the code face. A family named by
 * nothing Galley knows is passed over for the next; with none left, sans, what charts use.
 */
final class Font {

    enum Kind { SERIF, SANS, MONO }

    private static final Set<String> SERIFS = Set.of("serif", "times", "times new roman", "georgia",
            "garamond", "cambria", "palatino", "palatino linotype", "book antiqua", "baskerville", "charter",
            "bitstream charter", "charis sil", "libertinus serif", "linux libertine", "computer modern",
            "cmr10", "stix", "stixgeneral", "minion pro", "utopia", "liberation serif", "noto serif",
            "source serif pro", "pt serif", "merriweather", "lora", "crimson text", "eb garamond");
    private static final Set<String> MONOS = Set.of("monospace", "courier", "courier new", "consolas",
            "menlo", "monaco", "lucida console", "andale mono", "ui-monospace");

    private Font() {
    }

    /** The families of a {@code font-family} list, unquoted, in order. */
    static List<String> families(String value) {
        List<String> families = new ArrayList<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')
                    && name.charAt(name.length() - 1) == name.charAt(0)) {
                name = name.substring(1, name.length() - 1);
            }
            if (!name.isBlank()) {
                families.add(name.strip());
            }
        }
        return List.copyOf(families);
    }

    /**
     * Puts what a {@code font} shorthand says ({@code italic bold 12px/1.2 "Open Sans", sans-serif})
     * into {@code declared}, under the longhand names; a longhand declared too is not replaced.
     */
    static void shorthand(String value, Map<String, String> declared) {
        String[] tokens = value.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].toLowerCase(Locale.ROOT);
            if (Character.isDigit(token.charAt(0)) && !token.matches("\\d{3}") || token.startsWith(".")) {
                String size = token.contains("/") ? token.substring(0, token.indexOf('/')) : token;
                declared.putIfAbsent("font-size", size);
                StringBuilder family = new StringBuilder();
                for (int j = i + 1; j < tokens.length; j++) {
                    family.append(j > i + 1 ? " " : "").append(tokens[j]);
                }
                if (family.length() > 0) {
                    declared.putIfAbsent("font-family", family.toString());
                }
                return;
            }
            switch (token) {
                case "italic", "oblique" -> declared.putIfAbsent("font-style", token);
                case "bold", "bolder", "lighter" -> declared.putIfAbsent("font-weight", token);
                default -> {
                    if (token.matches("\\d{3}")) {
                        declared.putIfAbsent("font-weight", token);
                    }
                }
            }
        }
    }

    /** What kind of face a family list asks for. */
    static Kind kind(List<String> families) {
        for (String family : families) {
            String f = family.toLowerCase(Locale.ROOT);
            if (MONOS.contains(f) || f.contains("mono") || f.contains("code")) {
                return Kind.MONO;
            }
            if (f.contains("sans") || f.equals("system-ui") || f.equals("ui-sans-serif")) {
                return Kind.SANS;
            }
            if (SERIFS.contains(f) || f.endsWith(" serif")) {
                return Kind.SERIF;
            }
            if (isKnownSans(f)) {
                return Kind.SANS;
            }
        }
        return Kind.SANS;
    }

    private static final Set<String> KNOWN_SANS = Set.of("arial", "helvetica", "helvetica neue", "verdana", "tahoma",
            "segoe ui", "roboto", "calibri", "trebuchet ms", "inter", "lato", "montserrat", "source sans pro",
            "liberation sans", "arimo", "nimbus sans", "frutiger", "futura", "gill sans", "lucida grande", "geneva",
            "-apple-system", "blinkmacsystemfont", "carlito");

    private static boolean isKnownSans(String f) {
        return KNOWN_SANS.contains(f);
    }

    /** The face a style's text is set in, before any character falls back. */
    static FontFace face(SvgStyle style, TypeFaces faces) {
        FontFace regular = switch (kind(style.fontFamily())) {
            case SERIF -> faces.body();
            case SANS -> faces.headings().monospaced() ? FontFace.SANS : faces.headings();
            case MONO -> faces.mono();
        };
        FontFace face = style.bold() ? regular.bold() : regular;
        return style.italic() ? face.italic() : face;
    }
}
