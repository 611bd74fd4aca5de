package dev.galley.core.model;

import dev.galley.core.text.Slugs;

import java.net.URI;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which briefing's page a link reaches, when only the whole site can say. A link to
 * {@code other.md} is read before {@code other.md} is, so it carries the name its file gives
 * ({@link Slugs#ofFile}); a briefing whose front matter sets {@code slug:} is published under that
 * name instead. A link to an earlier address of a briefing ({@link Meta#aliases}) is written as
 * the address it names; it reaches that briefing too, and renderers and link checks ask here
 * for both.
 */
public final class PageNames {

    /** Every briefing published under its file's name, none with earlier addresses. */
    public static final PageNames OF_FILES = new PageNames(Map.of(), Map.of(), Optional.empty(), null);

    private final Map<String, String> renamed;
    /** The page each earlier address redirects from ({@link Site#aliasPage}), to the briefing's file's name. */
    private final Map<String, String> aliases;
    private final Optional<URI> base;
    /** The page names of the briefings these names were made of; null when not known ({@link #OF_FILES}). */
    private final Set<String> pages;

    private PageNames(Map<String, String> renamed, Map<String, String> aliases, Optional<URI> base, Set<String> pages) {
        this.renamed = Collections.unmodifiableMap(new TreeMap<>(renamed));
        this.aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
        this.base = base;
        this.pages = pages;
    }

    /** The page names of {@code briefings} (a {@link BriefingList} is read without its records). */
    public static PageNames of(List<Briefing> briefings) {
        return of(briefings, Optional.empty());
    }

    /**
     * The same, with the earlier addresses of {@code briefings} on the site served from
     * {@code base} (the site's {@code base_url}; without one, at its host's root).
     */
    public static PageNames of(List<Briefing> briefings, Optional<URI> base) {
        Map<String, String> renamed = new TreeMap<>();
        Map<String, String> aliases = new TreeMap<>();
        Set<String> pages = new HashSet<>();
        if (briefings instanceof BriefingList list) {
            for (int i = 0; i < list.size(); i++) {
                BriefingList.Entry entry = list.entry(i);
                add(renamed, aliases, entry.source(), entry.slug(), entry.meta().aliases());
                pages.add(entry.slug());
            }
        } else {
            for (Briefing briefing : briefings) {
                add(renamed, aliases, briefing.source(), briefing.slug(), briefing.meta().aliases());
                pages.add(briefing.slug());
            }
        }
        return new PageNames(renamed, aliases, base, Collections.unmodifiableSet(pages));
    }

    private static void add(Map<String, String> renamed, Map<String, String> aliases, String source, String slug,
                            List<String> earlier) {
        String file = Slugs.ofFile(source);
        if (!file.equals(slug)) {
            renamed.put(file, slug);
        }
        for (String alias : earlier) {
            aliases.putIfAbsent(Site.aliasPage(alias), file); // a second claim is AliasCheck's error
        }
    }

    /** The page name of the briefing a link names {@code linked}: its own when it set none. */
    public String pageOf(String linked) {
        return renamed.getOrDefault(linked, linked);
    }

    /**
     * Whether the briefing published as {@code page} is one of those these names were made of
     * (the site's, when a renderer made them: drafts and briefings left out are not); always
     * true for {@link #OF_FILES}, which knows no briefings.
     */
    public boolean publishes(String page) {
        return pages == null || pages.contains(page);
    }

    /**
     * What {@code target} reaches: the briefing (and section) whose earlier address a web link
     * names, on this site's host and under its path, otherwise {@code target} itself.
     */
    public LinkTarget resolve(LinkTarget target) {
        if (aliases.isEmpty() || !(target instanceof LinkTarget.Web web)) {
            return target;
        }
        return sitePath(web.url(), base).flatMap(path -> {
            int hash = path.indexOf('#');
            String page = hash < 0 ? path : path.substring(0, hash);
            String file = page.isEmpty() ? null : aliases.get(Site.aliasPage(page));
            return Optional.ofNullable(file).map(f -> (LinkTarget) new LinkTarget.BriefingPage(f,
                    hash < 0 ? "" : path.substring(hash + 1)));
        }).orElse(target);
    }

    /**
     * What {@code briefing}'s links depend on here, for a cache key: the briefing each link to
     * another reaches (by file, published address or earlier address), and whether it is
     * published. Names the briefing does not link to change nothing in it.
     */
    public String reachedFrom(Briefing briefing) {
        StringBuilder reached = new StringBuilder();
        Walk.inlines(briefing, (block, inline) -> {
            if (inline instanceof Inline.Link link) {
                LinkTarget target = resolve(link.target());
                if (target instanceof LinkTarget.BriefingPage page) {
                    String name = pageOf(page.slug());
                    reached.append(name).append(publishes(name) ? "" : " (not published)").append('\n');
                }
            }
        });
        return reached.toString();
    }

    /** The site's {@code base_url}, when it has one. */
    public Optional<URI> base() {
        return base;
    }

    /**
     * The path of {@code url} relative to the root of the site served from {@code base} (with its
     * fragment, without a query), when it is an address of that site: root-relative under the
     * site's path, or absolute on its scheme and host. Empty for any other address. Percent
     * escapes are left as written: page names and earlier addresses have none.
     */
    public static Optional<String> sitePath(String url, Optional<URI> base) {
        Optional<String> onHost = hostPath(url, base);
        if (onHost.isEmpty()) {
            return Optional.empty();
        }
        String path = onHost.get();
        String root = base.map(URI::getRawPath).filter(p -> !p.isEmpty()).orElse("/");
        if (!root.endsWith("/")) {
            root = root + "/";
        }
        if (!path.startsWith(root) && !(path + "/").equals(root)) {
            return Optional.empty();
        }
        String rest = path.length() < root.length() ? "" : path.substring(root.length());
        int hash = rest.indexOf('#');
        int query = rest.indexOf('?');
        if (query >= 0 && (hash < 0 || query < hash)) {
            rest = rest.substring(0, query) + (hash < 0 ? "" : rest.substring(hash));
        }
        return Optional.of(rest);
    }

    /**
     * The root-relative address ({@code /en/download?x#y}) that {@code url} names on the host the
     * site is served from: {@code url} itself when it is root-relative, its path and the rest when
     * it is absolute on {@code base}'s scheme and host; empty for other hosts and without a base.
     */
    public static Optional<String> hostPath(String url, Optional<URI> base) {
        if (url.startsWith("/") && !url.startsWith("//")) {
            return Optional.of(url);
        }
        if (base.isEmpty()) {
            return Optional.empty();
        }
        URI b = base.get();
        String origin = b.getScheme() + "://" + b.getRawAuthority();
        if (!url.regionMatches(true, 0, origin, 0, origin.length())) {
            return Optional.empty();
        }
        String path = url.substring(origin.length());
        if (path.isEmpty()) {
            return Optional.of("/");
        }
        // "https://host.example/x" must not pass for "https://host/": the path starts straight after
        return path.startsWith("/") ? Optional.of(path) : Optional.empty();
    }

    @Override
    public String toString() {
        return "PageNames" + renamed + (aliases.isEmpty() ? "" : " aliases" + aliases)
                + base.map(b -> " at " + b).orElse("");
    }
}
