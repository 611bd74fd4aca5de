package dev.galley.render.html;

import dev.galley.core.text.Json;
import dev.galley.core.model.Author;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Site;
import dev.galley.core.publish.BuildContext;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's machine-readable outputs, made from the same model as its pages: the Atom feed,
 * the sitemap, {@code robots.txt} and the search index.
 */
final class SiteFiles {

    /** Entries in the feed: the newest briefings. */
    static final int FEED_LIMIT = 20;

    /** Characters of body text per briefing in the search index, at most. */
    static final int SEARCH_TEXT_LIMIT = 20_000;
    /**
     * Characters of body text in the whole search index: readers' browsers download it, so a
     * large desk gets shorter excerpts per briefing (never under {@link #SEARCH_TEXT_FLOOR}).
     */
    static final int SEARCH_INDEX_BUDGET = 16_000_000;
    static final int SEARCH_TEXT_FLOOR = 1_000;

    /** Characters of body text each of {@code briefings} briefings gets in the search index. */
    static int searchTextLimit(int briefings) {
        return Math.max(SEARCH_TEXT_FLOOR, Math.min(SEARCH_TEXT_LIMIT, SEARCH_INDEX_BUDGET / Math.max(1, briefings)));
    }

    private SiteFiles() {
    }

    /**
     * An Atom feed (RFC 4287) of the newest briefings with their full content. Entry ids are the
     * pages' public addresses when the site has a base URL, else {@code tag:} URIs (RFC 4151)
     * made from the site's name and the briefing's slug and date, which stay the same from build
     * to build. Relative links in the content resolve through {@code xml:base}.
     */
    static String atom(Site site, Optional<URI> base, BuildContext build,
                       Map<String, PageData.Rendered> rendered) {
        String authority = Topics.slug(site.config().title()) + ".galley.invalid";
        StringBuilder x = new StringBuilder(feedSize(rendered));
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(HtmlWriter.escape(site.config().lang())).append("\">\n");
        x.append("<title>").append(HtmlWriter.escape(site.config().title())).append("</title>\n");
        x.append("<id>").append(base.map(URI::toString).orElse("tag:" + authority + ",2000:feed")).append("</id>\n");
        base.ifPresent(b -> {
            x.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
                    .append(HtmlWriter.escape(b.resolve(PageData.FEED).toString())).append("\"/>\n");
            x.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(HtmlWriter.escape(b.toString())).append("\"/>\n");
        });
        List<Briefing> entries = site.briefings().subList(0, Math.min(FEED_LIMIT, site.briefings().size()));
        Instant latest = build.sourceDate().orElse(Instant.EPOCH);
        for (Briefing b : entries) {
            Instant updated = updated(b.meta());
            if (updated.isAfter(latest)) {
                latest = updated;
            }
        }
        x.append("<updated>").append(latest).append("</updated>\n");
        x.append("<author><name>").append(HtmlWriter.escape(site.config().title())).append("</name></author>\n");
        x.append("<generator version=\"").append(HtmlWriter.escape(build.galleyVersion()))
                .append("\">Galley</generator>\n");
        for (Briefing b : entries) {
            Meta meta = b.meta();
            String page = Site.pagePath(b);
            x.append(meta.lang().equals(site.config().lang()) ? "<entry>\n"
                    : "<entry xml:lang=\"" + HtmlWriter.escape(meta.lang()) + "\">\n");
            x.append("<title>").append(HtmlWriter.escape(meta.title())).append("</title>\n");
            String id = base.map(u -> PageData.publicUrl(u, page)).orElse("tag:" + authority + ","
                    + meta.date().map(LocalDate::toString).orElse("2000") + ":briefings/" + b.slug());
            x.append("<id>").append(HtmlWriter.escape(id)).append("</id>\n");
            x.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(HtmlWriter.escape(base.map(u -> PageData.publicUrl(u, page)).orElse(Urls.encodePath(page))))
                    .append("\"/>\n");
            meta.publishedAt().ifPresent(d -> x.append("<published>").append(d.toInstant()).append("</published>\n"));
            x.append("<updated>").append(updated(meta)).append("</updated>\n");
            for (Author a : meta.authors()) {
                x.append("<author><name>").append(HtmlWriter.escape(a.name())).append("</name></author>\n");
            }
            for (String topic : meta.topics()) {
                x.append("<category term=\"").append(HtmlWriter.escape(topic)).append("\"/>\n");
            }
            x.append("<summary>").append(HtmlWriter.escape(PageData.description(b))).append("</summary>\n");
            PageData.Rendered r = rendered.get(b.slug());
            x.append("<content type=\"html\" xml:base=\"")
                    .append(HtmlWriter.escape(base.map(u -> PageData.publicUrl(u, page))
                            .orElse(Urls.encodePath(Site.briefingDir(b)) + "/")))
                    .append("\">");
            // the largest text of the feed: escaped straight into it, not into a copy first
            HtmlWriter.escapeInto(r == null ? "" : r.contentHtml(), x);
            x.append("</content>\n");
            x.append("</entry>\n");
        }
        x.append("</feed>\n");
        return x.toString();
    }

    /** Room for the feed at once: its entries' content, escaped, is nearly all of it. */
    private static int feedSize(Map<String, PageData.Rendered> rendered) {
        long content = 0;
        for (PageData.Rendered r : rendered.values()) {
            content += r.contentHtml().length();
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, 16 * 1024 + content + content / 4);
    }

        private static Instant updated(Meta meta) {
        return meta.revisedAt().map(OffsetDateTime::toInstant).orElse(Instant.EPOCH);
    }

    /** The sitemap (sitemaps.org), which needs absolute addresses: only with a base URL. */
    static String sitemap(URI base, List<String> pages, Map<String, String> lastModified) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            x.append("<url><loc>").append(HtmlWriter.escape(PageData.publicUrl(base, page))).append("</loc>");
            String modified = lastModified.get(page);
            if (modified != null) {
                x.append("<lastmod>").append(modified).append("</lastmod>");
            }
            x.append("</url>\n");
        }
        x.append("</urlset>\n");
        return x.toString();
    }

    /**
     * The page left at an earlier address of {@code briefing}: it sends browsers on at once (a
     * static site has no server-side redirects), tells search engines the briefing's address,
     * and offers the link for readers whose browser does not follow.
     */
    static String redirect(Briefing briefing, String aliasPage, Optional<URI> base) {
        String toRoot = "../".repeat((int) aliasPage.chars().filter(c -> c == '/').count());
        String page = Site.pagePath(briefing);
        String href = toRoot + Urls.encodePath(page);
        String title = HtmlWriter.escape(briefing.meta().title());
        StringBuilder x = new StringBuilder(512);
        x.append("<!DOCTYPE html>\n<html lang=\"").append(HtmlWriter.escape(briefing.meta().lang())).append("\">\n<head>\n");
        x.append("<meta charset=\"utf-8\">\n<title>").append(title).append("</title>\n");
        base.ifPresent(b -> x.append("<link rel=\"canonical\" href=\"")
                .append(HtmlWriter.escape(PageData.publicUrl(b, page))).append("\">\n"));
        x.append("<meta name=\"robots\" content=\"noindex\">\n");
        x.append("<meta http-equiv=\"refresh\" content=\"0; url=").append(HtmlWriter.escape(href)).append("\">\n");
        x.append("</head>\n<body>\n<p><a href=\"").append(HtmlWriter.escape(href)).append("\">").append(title)
                .append("</a></p>\n</body>\n</html>\n");
        return x.toString();
    }

    /** Lets every crawler in, and names the sitemap when there is one. */
    static String robots(Optional<URI> base) {
        StringBuilder s = new StringBuilder("User-agent: *\nAllow: /\n");
        base.ifPresent(b -> s.append("Sitemap: ").append(b.resolve("sitemap.xml")).append('\n'));
        return s.toString();
    }

    /**
     * The search index as a script that sets {@code window.GALLEY_SEARCH}: a script, not JSON,
     * because browsers refuse {@code fetch()} of a file next to a page opened from
     * {@code file://}, but run its scripts. URLs are relative to the site root.
     */
    /**
     * The search index: for every briefing its address, title, dek, date, topics and the start of
     * its text, as one JavaScript assignment. Entries come from {@code entries} when the briefing
     * has not changed since they were made.
     */
    static String searchIndex(Site site, PageData data, SearchEntries entries) {
        StringBuilder index = new StringBuilder("window.GALLEY_SEARCH=[");
        boolean first = true;
        for (Briefing b : site.briefings()) {
            if (!first) {
                index.append(',');
            }
            first = false;
            index.append(searchEntry(site, data, entries, b));
        }
        return index.append("];\n").toString();
    }

    /**
     * {@code b}'s entry in the search index, kept in {@code entries}: made on the briefing's own
     * thread while its page is written, so that {@link #searchIndex} only joins them.
     */
    static String searchEntry(Site site, PageData data, SearchEntries entries, Briefing b) {
        int limit = searchTextLimit(site.briefings().size());
        return entries.json(b, site.config(), limit, () -> searchEntry(b, PlainText.ofBody(b, limit), data));
    }

    private static String searchEntry(Briefing b, String text, PageData data) {
        Meta meta = b.meta();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("u", Urls.encodePath(Site.pagePath(b)));
        d.put("t", meta.title());
        d.put("k", meta.dek().orElse(""));
        d.put("d", meta.date().map(LocalDate::toString).orElse(""));
        // the date as the search page around it writes dates: in the site's language
        d.put("dt", meta.date().map(day -> data.siteLabels().date(day)).orElse(""));
        d.put("l", meta.lang());
        d.put("g", String.join(", ", meta.topics()));
        d.put("x", text);
        return Json.of(d);
    }
}
