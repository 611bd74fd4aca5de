package dev.galley.render.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows every internal link of a rendered site ({@code a}, {@code link}, {@code img},
 * {@code script}; relative, or absolute under the site's public address) to a file of the site
 * and, with a fragment, to an element with that id.
 */
final class LinkChecker {

    int checked;
    final List<String> broken = new ArrayList<>();

    LinkChecker check(Rendered site, String publicBase, boolean pdfsMayBeMissing) throws IOException {
        Set<String> files = new HashSet<>(site.files());
        for (String page : site.pages()) {
            Document doc = site.page(page);
            // the 404 page resolves against its <base>, the site's root
            String from = page.equals("404.html") ? "" : page;
            for (Element link : doc.select("a[href], link[href], img[src], script[src]")) {
                String ref = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                String base = from;
                if (Urls.isAbsolute(ref)) {
                    if (publicBase == null || !ref.startsWith(publicBase)) {
                        continue;
                    }
                    ref = ref.substring(publicBase.length());
                    if (ref.isEmpty() || ref.endsWith("/")) {
                        ref += "index.html";
                    }
                    base = "";
                }
                checked++;
                String path = ref;
                String fragment = null;
                int hash = ref.indexOf('#');
                if (hash >= 0) {
                    path = ref.substring(0, hash);
                    fragment = URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
                }
                int query = path.indexOf('?');
                if (query >= 0) {
                    path = path.substring(0, query);
                }
                String target = path.isEmpty() ? page
                        : URI.create("x:/" + base).resolve(path).getPath().substring(1);
                target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!files.contains(target)) {
                    if (!(pdfsMayBeMissing && target.endsWith(".pdf"))) {
                        broken.add(page + ": " + ref + " -> " + target);
                    }
                    continue;
                }
                if (fragment != null && !fragment.isEmpty()) {
                    Document other = target.equals(page) ? doc : site.page(target);
                    if (other.getElementById(fragment) == null) {
                        broken.add(page + ": " + ref + " (no id " + fragment + ")");
                    }
                }
            }
        }
        return this;
    }
}
