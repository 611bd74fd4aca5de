package dev.galley.render.html;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allow-list for raw HTML written in a briefing's Markdown, on OWASP's java-html-sanitizer.
 *
 * <p>Allowed: formatting, lists, tables, figures, details, links and images. Never allowed:
 * {@code script}, {@code style}, {@code iframe}, forms, event-handler attributes, {@code style}
 * and {@code class} and {@code id} attributes (they could mimic or break the site's own markup),
 * and URLs other than {@code http:}, {@code https:}, {@code mailto:} and in-page {@code #} links,
 * except {@code data:} images in PNG, GIF, JPEG or WebP. (Relative URLs in raw HTML would bypass
 * the reader's checks of content files, so they are dropped: Markdown links and images are the
 * way to point at the content folder.) Whatever is not allowed is dropped, its text
 * kept.
 */
final class Sanitizer {

    /** Inline elements a raw HTML tag in running text may open or close. */
    static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code",
            "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
            "strong", "sub", "sup", "time", "u", "var", "wbr");

    private static final Set<String> VOID = Set.of("br", "img", "wbr", "hr");

    /** A {@code data:} image a page may show: base64 PNG, GIF, JPEG or WebP, none of which can run. */
    static final Pattern DATA_IMAGE =
            Pattern.compile("(?i)data:image/(png|gif|jpeg|webp);base64,[a-z0-9+/=\\s]*");

    private static final Pattern TAG =
            Pattern.compile("(?s)^<(/?)([A-Za-z][A-Za-z0-9]*)(\\s[^<>]*)?/?>$");

    static final PolicyFactory BLOCK = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "figure", "figcaption", "pre", "hr", "details", "summary", "aside")
            .allowElements(INLINE.toArray(String[]::new))
            .allowAttributes("title", "lang", "dir").globally()
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]{0,2}"))
            .onElements("td", "th")
            .allowAttributes("scope").matching(true, "col", "row", "colgroup", "rowgroup").onElements("th")
            .allowAttributes("start").matching(Pattern.compile("-?[0-9]{1,9}")).onElements("ol")
            .allowAttributes("datetime").onElements("time", "del", "ins")
            .allowAttributes("open").matching(true, "", "open").onElements("details")
            .allowUrlProtocols("http", "https", "mailto", "data")
            // raw HTML bypasses the link checks of the Markdown: only web, mail and in-page links
            .allowAttributes("href").matching((element, name, value) -> {
                String v = value.strip().toLowerCase(Locale.ROOT);
                return v.startsWith("https:") || v.startsWith("http:") || v.startsWith("mailto:")
                        || v.startsWith("#") ? value : null;
            })
            .onElements("a")
            .allowAttributes("src").matching((element, name, value) -> {
                String v = value.strip();
                String lower = v.toLowerCase(Locale.ROOT);
                if (lower.startsWith("data:")) {
                    return DATA_IMAGE.matcher(v).matches() ? v : null;
                }
                return lower.startsWith("https:") || lower.startsWith("http:") ? v : null;
            })
            .onElements("img")
            .allowAttributes("alt").onElements("img")
            // an image needs a source and, for HTML, an alt attribute (empty: decorative)
            .allowElements((element, attrs) -> {
                boolean src = false;
                boolean alt = false;
                for (int i = 0; i + 1 < attrs.size(); i += 2) {
                    src |= attrs.get(i).equals("src");
                    alt |= attrs.get(i).equals("alt");
                }
                if (!src) {
                    return null;
                }
                if (!alt) {
                    attrs.add("alt");
                    attrs.add("");
                }
                return element;
            }, "img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}"))
            .onElements("img")
            .allowWithoutAttributes("span")
            .requireRelNofollowOnLinks()
            .toFactory();

    private Sanitizer() {
    }

    /** A block of raw HTML, cleaned; empty when nothing of it may be shown. */
    static String block(String html) {
        return BLOCK.sanitize(html).strip();
    }

    /** One tag of raw HTML in running text: an opening, closing or void tag. */
    record Tag(String name, boolean closing, String html) {
        boolean isVoid() {
            return VOID.contains(name);
        }
    }

    /**
     * A raw HTML fragment in running text, when it is one allowed inline tag: the cleaned tag.
     * Anything else (comments, disallowed elements, several tags at once) is empty.
     */
    static Optional<Tag> inlineTag(String fragment) {
        Matcher m = TAG.matcher(fragment.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (!INLINE.contains(name)) {
            return Optional.empty();
        }
        if (!m.group(1).isEmpty()) {
            return Optional.of(new Tag(name, true, "</" + name + ">"));
        }
        if (VOID.contains(name)) {
            String clean = BLOCK.sanitize(fragment.strip());
            if (!clean.startsWith("<" + name)) {
                return Optional.empty();
            }
            return Optional.of(new Tag(name, false, clean.replace(" />", ">")));
        }
        // let the sanitizer judge the attributes: open, a marker, close; keep the opening tag
        String marker = "\uE000";
        String clean = BLOCK.sanitize(fragment.strip() + marker + "</" + name + ">");
        int at = clean.indexOf(marker);
        if (at <= 0 || !clean.startsWith("<" + name)) {
            return Optional.empty();
        }
        return Optional.of(new Tag(name, false, clean.substring(0, at)));
    }
}
