package dev.galley.render.html;

import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Meta;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.publish.RenderContext;
import dev.galley.core.publish.Renderer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The microsite. Every link is relative, so the site works from {@code file://} and from any
 * sub-path of a web server; every asset is local and named by a hash of its content.
 *
 * <pre>
 * index.html                          the latest briefings
 * briefings/&lt;slug&gt;/index.html          one page per briefing (links to &lt;slug&gt;.pdf beside it)
 * topics/index.html, topics/&lt;t&gt;/index.html
 * archive/index.html                  every briefing by year and month
 * search/index.html                   offline search over assets/search-index.&lt;hash&gt;.js
 * 404.html, feed.xml (Atom), robots.txt, sitemap.xml (only with a base URL)
 * assets/style.&lt;hash&gt;.css, assets/search.&lt;hash&gt;.js
 * assets/fonts/&lt;name&gt;.&lt;hash&gt;.ttf (and .woff2)  the desk's fonts, when it sets any
 * media/&lt;path in the content folder&gt;
 * </pre>
 *
 * <p>Templates in the content folder's {@code templates/} replace the built-in ones of the same
 * name.
 */
public final class HtmlRenderer implements Renderer {

    /** Built-in assets, by their name under this module's {@code assets/} resources. */
    private static final List<String> ASSETS = List.of("style.css", "search.js");

    /** The built-in templates: the pages' own and the layout they import when they run. */
    private static final List<String> TEMPLATES = List.of("layout.ftlh", "briefing.ftlh", "index.ftlh",
            "topics.ftlh", "topic.ftlh", "archive.ftlh", "search.ftlh", "404.ftlh");

    private final Templates fixed;
    /** Search-index entries kept between builds of one process (the live preview's rebuilds). */
    private final SearchEntries searchEntries = new SearchEntries();

    public HtmlRenderer() {
        this.fixed = null;
    }

    /** A renderer with these templates, whatever the content folder holds (for tests). */
    HtmlRenderer(Templates templates) {
        this.fixed = templates;
    }

    @Override
    public String name() {
        return "html";
    }

    /** The built-in templates, parsed once per JVM (a content folder's own are read per build). */
    @Override
    public void prepare(SiteConfig config) {
        Templates.builtIn().load(TEMPLATES);
    }

    @Override
    public void render(Site site, RenderContext context) throws IOException {
        try {
            renderSite(site, context);
        } catch (TemplateProblem problem) {
            if (problem.contentPath().isEmpty()) {
                throw problem;
            }
            // The desk's own template: a problem in the content, at its line and column.
            context.reportFile(Severity.ERROR, problem.contentPath().get(),
                    new SourcePos(problem.line(), problem.column()), "template", problem.problem());
        }
    }

    private void renderSite(Site site, RenderContext context) throws IOException {
        Templates templates = fixed != null ? fixed : Templates.forContent(contentTemplates(context));
        // A run for the edited briefings' pages alone publishes only their media: finding every
        // briefing's images took a tenth of a preview's rebuild on a thousand briefings.
        Media media = Media.publish(site, context.briefingsOnly() ? context.toRender(site.briefings())
                : site.briefings(), context);
        Assets assets = new Assets();
        // the desk's colours and fonts after the built-in rules, its font files in the assets
        String colours = HouseColours.css(site.config().style());
        HouseFonts fonts = HouseFonts.publish(site.config().style().fonts(), context, assets);
        for (String asset : ASSETS) {
            assets.builtIn(asset, asset.equals("style.css") ? colours + fonts.css("") : "");
        }
        // the 404 page holds the stylesheet itself, and finds the fonts from the site's root
        String inlineStyle = Assets.builtInText("style.css") + colours + fonts.css("assets/");

        // briefing pages first: the feed and the search index are made from what they render.
        // In an incremental build only the briefings context.toRender names get their page
        // written (the others' pages are carried over), but every briefing's content is needed
        // for the feed and the search index.
        Map<String, PageData.Rendered> rendered = new ConcurrentHashMap<>();
        PageData data = new PageData(site, context, media, assets, inlineStyle);
        Set<String> toWrite = new HashSet<>();
        for (Briefing b : context.toRender(site.briefings())) {
            toWrite.add(b.slug());
        }
        if (context.briefingsOnly()) {
            // The settings and templates are the last build's, so the site already has the shared
            // assets these pages name; the feed, the index and the listings follow in the full run.
            context.forEach(context.toRender(site.briefings()), (Briefing briefing) -> write(templates, context,
                    Site.pagePath(briefing), "briefing.ftlh", data.briefing(briefing, false).data()));
            return;
        }
        Set<String> inFeed = new HashSet<>();
        for (Briefing b : site.briefings().subList(0, Math.min(SiteFiles.FEED_LIMIT, site.briefings().size()))) {
            inFeed.add(b.slug());
        }
        List<Briefing> pagesAndFeed = site.briefings().stream()
                .filter(b -> toWrite.contains(b.slug()) || inFeed.contains(b.slug())).toList();
        context.forEach(pagesAndFeed, (Briefing briefing) -> {
            PageData.Rendered r = data.briefing(briefing, inFeed.contains(briefing.slug()));
            if (toWrite.contains(briefing.slug())) {
                write(templates, context, Site.pagePath(briefing), "briefing.ftlh", r.data());
            }
            if (inFeed.contains(briefing.slug())) {
                rendered.put(briefing.slug(), r.withoutPage()); // the feed needs only the content
            }
            SiteFiles.searchEntry(site, data, searchEntries, briefing);
        });
        // added once no thread reads the assets any more; only the search page links to it
        searchEntries.keepOnly(site.briefings().stream().map(Briefing::slug).collect(Collectors.toSet()));
        assets.add("search-index.js", SiteFiles.searchIndex(site, data, searchEntries));

        for (Map.Entry<String, byte[]> file : assets.files().entrySet()) {
            context.write(file.getKey(), file.getValue());
        }
        // The site's own pages: each lists many briefings, and they are independent of each other.
        List<SitePage> sitePages = new ArrayList<>();
        sitePages.add(new SitePage(PageData.HOME, "index.ftlh", data::index));
        sitePages.add(new SitePage(PageData.TOPICS, "topics.ftlh", data::topicIndex));
        for (Topics.Topic topic : data.topics().all()) {
            sitePages.add(new SitePage(topic.page(), "topic.ftlh", () -> data.topic(topic)));
        }
        sitePages.add(new SitePage(PageData.ARCHIVE, "archive.ftlh", data::archive));
        sitePages.add(new SitePage(PageData.SEARCH, "search.ftlh", data::search));
        sitePages.add(new SitePage(PageData.NOT_FOUND, "404.ftlh", data::notFound));
        context.forEach(sitePages, page -> write(templates, context, page.path(), page.template(), page.data().get()));

        // The sitemap: the home page, the briefings, then the other pages but the 404.
        List<String> pages = new ArrayList<>();
        Map<String, String> modified = new TreeMap<>();
        pages.add(PageData.HOME);
        for (Briefing b : site.briefings()) {
            pages.add(Site.pagePath(b));
            Meta meta = b.meta();
            Meta.iso(meta.updated(), meta.revised()).or(() -> Meta.iso(meta.date(), meta.published()))
                    .ifPresent(d -> modified.put(Site.pagePath(b), d));
        }
        for (SitePage page : sitePages) {
            if (!page.path().equals(PageData.HOME) && !page.path().equals(PageData.NOT_FOUND)) {
                pages.add(page.path());
            }
        }

        Optional<URI> base = data.base();
        context.write(PageData.FEED, utf8(SiteFiles.atom(site, base, context.build(), rendered)));
        context.write("robots.txt", utf8(SiteFiles.robots(base)));
        for (Briefing b : site.briefings()) {
            for (String alias : b.meta().aliases()) {
                String page = Site.aliasPage(alias);
                context.write(page, utf8(SiteFiles.redirect(b, page, base)));
            }
        }
        if (base.isPresent()) {
            context.write("sitemap.xml", utf8(SiteFiles.sitemap(base.get(), pages, modified)));
        }
    }

    private static Optional<Path> contentTemplates(RenderContext context) {
        try {
            return Optional.of(context.contentFile("templates"));
        } catch (IOException outside) {
            return Optional.empty();
        }
    }

    private static void write(Templates templates, RenderContext context, String path, String template,
                              Map<String, Object> data) throws IOException {
        context.write(path, templates.renderUtf8(template, data));
    }

    /** A page of the site that is not a briefing's: where it goes, its template, its data. */
    private record SitePage(String path, String template, Supplier<Map<String, Object>> data) {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
