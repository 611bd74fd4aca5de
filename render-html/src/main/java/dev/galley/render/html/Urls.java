package dev.galley.render.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * URL rules of the microsite. Every link between pages is relative, so the site works from
 * {@code file://} and from any sub-path of a web server.
 */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern TABS_AND_NEWLINES = Pattern.compile("[\\t\\n\\r]");
    private static final String HEX = "0123456789ABCDEF";

    private Urls() {
    }

    /** Whether {@code reference} names its own scheme ({@code https:}) or host ({@code //}). */
    static boolean isAbsolute(String reference) {
        return SCHEME.matcher(reference).find() || reference.startsWith("//");
    }

    /**
     * Whether a link target may be put in an {@code href}: fragments, relative references, and
     * absolute URLs with a scheme that cannot run code ({@code javascript:}, {@code data:},
     * {@code vbscript:} are refused).
     */
    static boolean isSafeLink(String target) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        // browsers ignore tabs and newlines inside a scheme: strip them before judging
        if (t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            t = TABS_AND_NEWLINES.matcher(t).replaceAll("");
        }
        if (!SCHEME.matcher(t).find()) {
            return true;
        }
        return t.startsWith("http:") || t.startsWith("https:") || t.startsWith("mailto:")
                || t.startsWith("tel:");
    }

    /**
     * Whether an image source may be put in a {@code src}: web URLs, and base64 {@code data:}
     * images in the raster formats raw HTML may use too.
     */
    static boolean isSafeImage(String source) {
        String t = source.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http:") || t.startsWith("https:") || t.startsWith("//")
                || Sanitizer.DATA_IMAGE.matcher(source.strip()).matches();
    }

    /**
     * The way from a page at {@code pagePath} (relative to the site root, forward slashes) back to
     * the root: {@code ""} for {@code index.html}, {@code "../../"} for
     * {@code briefings/x/index.html}.
     */
    static String toRoot(String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * A content-relative path with {@code .} and {@code ..} segments and doubled slashes
     * resolved; empty when it is empty or would leave the content folder.
     */
    static Optional<String> normalizeContentPath(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    /**
     * Percent-encodes each segment of a slash-separated path as a URL path needs (RFC 3986
     * {@code pchar}), keeping the slashes: {@code "media/a b.png"} becomes
     * {@code "media/a%20b.png"}.
     */
    /**
     * Percent-encodes a section id for use after {@code #}; browsers decode it again to match
     * the element's id.
     */
    static String encodeFragment(String id) {
        return encodePath(id);
    }

    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return sb.toString();
    }
}
