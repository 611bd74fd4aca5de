package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.SourcePos;
import dev.galley.core.text.Slugs;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks and resolves where links and images point. Links may go to the web, to mail and phone
 * numbers, to a section, to another briefing's {@code .md} file or published address, to a file
 * inside the content folder, or (root-relative) to the website around the microsite; images must
 * be files inside the content folder, web addresses (root-relative ones on base_url's host), or
 * {@code data:} images in PNG, GIF, JPEG or WebP. Anything that would run script or leave the content folder is an
 * error that names what was refused and what is allowed, and the link's words are kept without
 * the link. (SVG files in the content folder are accepted here and cleaned before publishing:
 * {@code publish.SvgFiles}.)
 */
final class Targets {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    /** What a {@code data:} image may be: the raster formats every browser shows and none runs. */
    private static final Set<String> DATA_IMAGE_TYPES = Set.of("image/png", "image/gif", "image/jpeg", "image/webp");
    private static final String LINKS_ALLOWED = "links may go to http:, https:, mailto:, tel: or ftp: addresses,"
            + " to a #section, or to a file in the content folder";
    private static final String DATA_IMAGES_ALLOWED = "data:image/png, gif, jpeg or webp";
    private static final String IMAGES_ALLOWED = "images may be files in the content folder, http: or https:"
            + " addresses, or " + DATA_IMAGES_ALLOWED;
    private static final String BRIEFINGS = "briefings/";

    private final String sourceDir;
    private final Diagnostics diagnostics;
    private final Predicate<String> contentFileExists;
    private final Optional<URI> base;

    /**
     * @param sourcePath        the briefing's path relative to the content folder, with slashes
     * @param contentFileExists whether a path relative to the content folder names a file
     */
    Targets(String sourcePath, Diagnostics diagnostics, Predicate<String> contentFileExists) {
        this(sourcePath, diagnostics, contentFileExists, Optional.empty());
    }

    /**
     * @param base the site's {@code base_url}: root-relative links and images that name no file
     *             of the content folder are addresses on its host
     */
    Targets(String sourcePath, Diagnostics diagnostics, Predicate<String> contentFileExists, Optional<URI> base) {
        int slash = sourcePath.lastIndexOf('/');
        this.sourceDir = slash < 0 ? "" : sourcePath.substring(0, slash);
        this.diagnostics = diagnostics;
        this.contentFileExists = contentFileExists;
        this.base = base;
    }

    /** Where the link goes, or empty (with a problem reported) when it is refused. */
    Optional<LinkTarget> link(String url, SourcePos pos) {
        String target = url.strip();
        if (target.isEmpty()) {
            diagnostics.warning(pos, "link-empty", "this link has no target; its text is kept as plain text");
            return Optional.empty();
        }
        var scheme = SCHEME.matcher(target);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!LINK_SCHEMES.contains(name)) {
                diagnostics.error(pos, "link-scheme", "'" + name + ":' links are not allowed; " + LINKS_ALLOWED);
                return Optional.empty();
            }
            if (name.startsWith("http")) {
                Optional<LinkTarget> page = briefingAddress(target);
                if (page.isPresent()) {
                    return page; // the published address of one of this site's briefings
                }
            }
            return Optional.of(new LinkTarget.Web(target));
        }
        if (target.startsWith("//")) {
            return Optional.of(new LinkTarget.Web("https:" + target));
        }
        if (target.startsWith("#")) {
            return Optional.of(new LinkTarget.Anchor(percentDecode(target.substring(1))));
        }
        if (target.startsWith("/") && !namesContent(target)) {
            return aroundSite(target, pos);
        }
        Optional<String> path = contentPath(target, pos, "link");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        int hash = target.indexOf('#');
        String fragment = hash < 0 ? "" : percentDecode(target.substring(hash + 1));
        String file = path.get();
        if (file.toLowerCase(Locale.ROOT).endsWith(".md") && file.startsWith(BRIEFINGS)) {
            return Optional.of(new LinkTarget.BriefingPage(BriefingReader.slugOf(file), fragment));
        }
        if (!contentFileExists.test(file)) {
            diagnostics.error(pos, "link-broken", "this link points to '" + file
                    + "', which is not a file in the content folder");
            return Optional.empty();
        }
        return Optional.of(new LinkTarget.ContentFile(file));
    }

    /**
     * The image's source: a web or data URL as written, or the image's path relative to the
     * content folder. Empty (with an error reported) when it is refused or missing.
     */
    Optional<String> image(String url, SourcePos pos) {
        String source = url.strip();
        if (source.isEmpty()) {
            diagnostics.error(pos, "image-missing", "this image has no source");
            return Optional.empty();
        }
        var scheme = SCHEME.matcher(source);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (IMAGE_SCHEMES.contains(name)) {
                return Optional.of(source);
            }
            if (!name.equals("data")) {
                diagnostics.error(pos, "image-scheme", "'" + name + ":' images are not allowed; " + IMAGES_ALLOWED);
                return Optional.empty();
            }
            String type = dataType(source);
            if (DATA_IMAGE_TYPES.contains(type)) {
                return Optional.of(source);
            }
            diagnostics.error(pos, "image-scheme", (type.isEmpty() ? "a data: URL without a type"
                    : "'data:" + type + "'") + " is not allowed as an image; data: images may be "
                    + DATA_IMAGES_ALLOWED + (type.startsWith("image/svg")
                    ? " (an SVG inside the briefing is not checked: save it as a file in the content"
                      + " folder, where Galley removes scripts and links from it)" : ""));
            return Optional.empty();
        }
        if (source.startsWith("/") && !source.startsWith("//") && !namesContent(source)) {
            if (unfitForAddress(source)) {
                diagnostics.error(pos, "image-invalid", "this image's address '" + source + "' has a space, a"
                        + " backslash or a control character, which no address may have");
                return Optional.empty();
            }
            if (base.isPresent()) {
                return Optional.of(onHost(source));
            }
            diagnostics.error(pos, "image-missing", "image '" + source + "' is no file of the content folder;"
                    + " if it is on the site around the microsite, set base_url in galley.yaml so Galley can"
                    + " write its full address");
            return Optional.empty();
        }
        Optional<String> path = contentPath(source, pos, "image");
        if (path.isPresent() && !contentFileExists.test(path.get())) {
            diagnostics.error(pos, "image-missing", "image file '" + path.get()
                    + "' does not exist in the content folder");
            return Optional.empty();
        }
        return path;
    }

    /**
     * Whether a root-relative reference names what it always has: a file of the content folder
     * ({@code /media/chart.png}) or a briefing's source. Anything else is on the wider site.
     */
    private boolean namesContent(String reference) {
        String path = reference;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String file = percentDecode(path).replace('\\', '/').replaceAll("^/+", "");
        if (file.contains("..")) {
            return true; // leaves the content folder or means nothing: the content check says which
        }
        return (file.startsWith(BRIEFINGS) && file.toLowerCase(Locale.ROOT).endsWith(".md"))
                || contentFileExists.test(file);
    }

    /**
     * A link to an address on the site the microsite is part of ({@code /en/download}): the page
     * of one of this site's briefings when it names one ({@code /briefings/harbour/}), otherwise
     * the address on base_url's host, or, without base_url, as written (right when the site is
     * served at its host's root; the PDF then has no address to link to).
     */
    private Optional<LinkTarget> aroundSite(String target, SourcePos pos) {
        if (unfitForAddress(target)) {
            diagnostics.error(pos, "link-invalid", "this link's address '" + target + "' has a space, a backslash"
                    + " or a control character, which no address may have");
            return Optional.empty();
        }
        Optional<LinkTarget> page = briefingAddress(target);
        if (page.isPresent()) {
            return page;
        }
        // whether the address is on the list of the site's addresses, or an earlier address of
        // another briefing, only the whole site can say: LinkCheck
        return Optional.of(new LinkTarget.Web(base.isPresent() ? onHost(target) : target));
    }

    /**
     * {@code /briefings/<slug>/}, {@code …/index.html} or {@code …/<slug>.pdf} under the site's own
     * address, root-relative or absolute on its host.
     */
    private Optional<LinkTarget> briefingAddress(String target) {
        Optional<String> onSite = PageNames.sitePath(target, base);
        if (onSite.isEmpty()) {
            return Optional.empty();
        }
        String rest = onSite.get();
        int hash = rest.indexOf('#');
        String fragment = hash < 0 ? "" : percentDecode(rest.substring(hash + 1));
        String path = percentDecode(hash < 0 ? rest : rest.substring(0, hash));
        if (!path.startsWith(BRIEFINGS)) {
            return Optional.empty();
        }
        String[] parts = path.substring(BRIEFINGS.length()).split("/", -1);
        if (parts.length == 0 || parts.length > 2 || parts[0].isEmpty() || !parts[0].equals(Slugs.of(parts[0]))) {
            return Optional.empty();
        }
        String slug = parts[0];
        boolean page = parts.length == 1 || parts[1].isEmpty() || parts[1].equals("index.html")
                || parts[1].equals(slug + ".pdf");
        return page ? Optional.of(new LinkTarget.BriefingPage(slug, fragment)) : Optional.empty();
    }

    /** The root-relative {@code reference} on base_url's scheme and host, as a browser resolves it. */
    private String onHost(String reference) {
        URI b = base.orElseThrow();
        return b.getScheme() + "://" + b.getRawAuthority() + reference;
    }

    private static boolean unfitForAddress(String reference) {
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The media type of a {@code data:} URL, lower case: what stands before its first {@code ;} or {@code ,}. */
    private static String dataType(String url) {
        int end = indexOfAny(url, ';', ',');
        return url.substring("data:".length(), end < 0 ? url.length() : end).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The path relative to the content folder that {@code reference} (relative to the briefing,
     * or to the content folder when it starts with a slash) names, without query or fragment.
     */
    private Optional<String> contentPath(String reference, SourcePos pos, String what) {
        String path = reference;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = percentDecode(path).replace('\\', '/');
        if (path.isEmpty()) {
            return Optional.of("");
        }
        String joined = path.startsWith("/") ? path : (sourceDir.isEmpty() ? path : sourceDir + "/" + path);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    diagnostics.error(pos, what + "-outside", "this " + what + " points outside the"
                            + " content folder ('" + reference + "'); only files inside it are published");
                    return Optional.empty();
                }
                segments.removeLast();
            } else if (segment.indexOf('\0') >= 0) {
                diagnostics.error(pos, what + "-invalid", "this " + what + " path contains a NUL character");
                return Optional.empty();
            } else {
                segments.addLast(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Decodes {@code %XX} escapes as UTF-8, leaving malformed ones as written. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
