package dev.galley.render.html;

import dev.galley.core.text.Json;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.labels.LabelBook;
import dev.galley.core.labels.LabelKey;
import dev.galley.core.labels.Labels;
import dev.galley.core.model.Author;
import dev.galley.core.text.LocalTypography;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.Status;
import dev.galley.core.publish.Artifact;
import dev.galley.core.publish.RenderContext;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the templates see: the model turned into plain maps, lists, strings and numbers (keys in a
 * fixed order, optional values simply absent), with body content as escaped markup made by
 * {@link BodyWriter}. Galley's own words come from the labels of the page's language (a
 * briefing's for its page and its card, the site's for the rest), dates among them; templates
 * see them as {@code t} (the site's) and each briefing's {@code t}, keyed as in a labels file.
 *
 * <p>Every page's data has the common keys of {@link #common}: {@code lang}, {@code title},
 * {@code description}, {@code root}, {@code home}, {@code stylesheet}, {@code nav},
 * {@code feed}, {@code siteTitle}, {@code generator}, {@code scripts}, and, with a base URL,
 * {@code canonical} and {@code og}.
 */
final class PageData {

    static final String HOME = "index.html";
    static final String TOPICS = "topics/index.html";
    static final String ARCHIVE = "archive/index.html";
    static final String SEARCH = "search/index.html";
    static final String NOT_FOUND = "404.html";
    static final String FEED = "feed.xml";

    /** Briefings on the front page; the archive has them all. */
    static final int HOME_LIMIT = 20;

    private final Site site;
    private final RenderContext context;
    private final Media media;
    private final Assets assets;
    /** The stylesheet as the 404 page holds it: its fonts found from the site's root. */
    private final String inlineStyle;
    private final Hrefs hrefs;
    private final Topics topics;
    private final Optional<URI> base;
    /** Each briefing's place in the site's order, by slug, for its page's newer and older links. */
    private final Map<String, Integer> positions;
    private final LabelBook labelBook;
    /** {@link #texts} by language: the same for every card and page in it. */
    private final Map<String, Map<String, String>> texts = new java.util.concurrent.ConcurrentHashMap<>();
    /** The site's own words, in the site's language. */
    private final Labels siteLabels;
    /**
     * {@link #summary} by briefing and the way to the site's root: a briefing's page and its
     * topics' pages sit at the same depth, so a briefing's title, dek and dates are set in its
     * language's typography and labels once, not again on each listing it appears in. Held to
     * the end of the build: 10,000 briefings in -Xmx512m peaked at 663 MB RSS against 657 MB.
     */
    private final Map<Placed, Map<String, Object>> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    PageData(Site site, RenderContext context, Media media, Assets assets, String inlineStyle) {
        this.site = site;
        this.context = context;
        this.media = media;
        this.assets = assets;
        this.inlineStyle = inlineStyle;
        this.hrefs = new Hrefs(site, media);
        this.topics = new Topics(site);
        this.base = site.config().baseUrl().map(PageData::withSlash);
        // once per build: finding each page's place by List.indexOf compares whole briefings
        // with all before it
        Map<String, Integer> at = new HashMap<>();
        List<Briefing> all = site.briefings();
        for (int i = 0; i < all.size(); i++) {
            at.putIfAbsent(all.get(i).slug(), i);
        }
        this.positions = at;
        this.labelBook = site.config().labelBook();
        this.siteLabels = labelBook.forLanguage(site.config().lang());
    }

    /** The labels of {@code lang}. */
    Labels labels(String lang) {
        return labelBook.forLanguage(lang);
    }

    /** The labels of the site's language. */
    Labels siteLabels() {
        return siteLabels;
    }

    Topics topics() {
        return topics;
    }

    Optional<URI> base() {
        return base;
    }

    static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }

    /** The public address of a page, for canonical links, feeds and the sitemap. */
    static String publicUrl(URI base, String page) {
        String path = page.equals("index.html") ? ""
                : page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length())
                : page;
        return base.resolve(Urls.encodePath(path)).toString();
    }

    // ---- pages ----

    /** The front page: the latest briefings, newest first. */
    Map<String, Object> index() {
        String page = HOME;
        SiteConfig config = site.config();
        Map<String, Object> data = common(page, config.lang(), config.title(), "home");
        data.put("description", siteLabels.text(LabelKey.HOME_DESCRIPTION, "site", config.title()));
        List<Briefing> all = site.briefings();
        data.put("briefings", cards(all.subList(0, Math.min(HOME_LIMIT, all.size())), page));
        data.put("more", all.size() > HOME_LIMIT);
        data.put("archive", Urls.toRoot(page) + ARCHIVE);
        return data;
    }

    /** The list of every topic. */
    Map<String, Object> topicIndex() {
        String page = TOPICS;
        Map<String, Object> data = common(page, site.config().lang(),
                siteLabels.text(LabelKey.TOPICS) + " \u2014 " + site.config().title(), "topics");
        data.put("description", siteLabels.text(LabelKey.TOPICS_DESCRIPTION, "site", site.config().title()));
        List<Object> list = new ArrayList<>();
        for (Topics.Topic topic : topics.all()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", topic.name());
            t.put("url", Urls.toRoot(page) + Urls.encodePath(topic.page()));
            t.put("count", topic.briefings().size());
            t.put("countText", siteLabels.count(LabelKey.BRIEFINGS_COUNT, topic.briefings().size()));
            list.add(t);
        }
        data.put("topics", list);
        return data;
    }

    /** One topic's page. */
    Map<String, Object> topic(Topics.Topic topic) {
        String page = topic.page();
        Map<String, Object> data = common(page, site.config().lang(),
                topic.name() + " \u2014 " + site.config().title(), "topics");
        data.put("description", siteLabels.text(LabelKey.TOPIC_DESCRIPTION, "topic", topic.name(),
                "site", site.config().title()));
        data.put("topic", topic.name());
        data.put("topicsUrl", Urls.toRoot(page) + TOPICS);
        data.put("briefings", cards(topic.briefings(), page));
        return data;
    }

    /** Every briefing by year and month, newest first; undated ones last. */
    Map<String, Object> archive() {
        String page = ARCHIVE;
        Map<String, Object> data = common(page, site.config().lang(),
                siteLabels.text(LabelKey.ARCHIVE) + " \u2014 " + site.config().title(), "archive");
        data.put("description", siteLabels.text(LabelKey.ARCHIVE_DESCRIPTION, "site", site.config().title()));
        Map<Integer, Map<Integer, List<Object>>> years = new TreeMap<>(java.util.Comparator.reverseOrder());
        List<Object> undated = new ArrayList<>();
        for (Briefing b : site.briefings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", b.meta().title());
            item.put("lang", b.meta().lang());
            item.put("url", Urls.toRoot(page) + Urls.encodePath(Site.pagePath(b)));
            // the date in the site's words, as the list around it is
            b.meta().date().ifPresent(d -> item.put("date", date(d, siteLabels)));
            if (b.meta().date().isPresent()) {
                LocalDate d = b.meta().date().get();
                years.computeIfAbsent(d.getYear(), y -> new TreeMap<>(java.util.Comparator.reverseOrder()))
                        .computeIfAbsent(d.getMonthValue(), m -> new ArrayList<>()).add(item);
            } else {
                undated.add(item);
            }
        }
        List<Object> yearList = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Object>>> y : years.entrySet()) {
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("year", String.valueOf(y.getKey()));
            year.put("id", "y" + y.getKey());
            List<Object> months = new ArrayList<>();
            for (Map.Entry<Integer, List<Object>> m : y.getValue().entrySet()) {
                Map<String, Object> month = new LinkedHashMap<>();
                LocalDate first = LocalDate.of(y.getKey(), m.getKey(), 1);
                month.put("name", siteLabels.month(YearMonth.from(first)));
                month.put("id", String.format(Locale.ROOT, "m%04d-%02d", y.getKey(), m.getKey()));
                month.put("briefings", m.getValue());
                months.add(month);
            }
            year.put("months", months);
            yearList.add(year);
        }
        data.put("years", yearList);
        data.put("undated", undated);
        return data;
    }

    /** The search page; the index and script are loaded with {@code <script>} tags. */
    Map<String, Object> search() {
        String page = SEARCH;
        Map<String, Object> data = common(page, site.config().lang(),
                siteLabels.text(LabelKey.SEARCH) + " \u2014 " + site.config().title(), "search");
        data.put("description", siteLabels.text(LabelKey.SEARCH_DESCRIPTION, "site", site.config().title()));
        // the script's messages, its plural forms chosen in the browser (Intl.PluralRules)
        Map<String, Object> messages = new LinkedHashMap<>();
        Labels.around(siteLabels.text(LabelKey.SEARCH_NO_MATCH), "query", messages, "none");
        siteLabels.forms(LabelKey.SEARCH_MATCHES).forEach((category, text) -> messages.put(category.key(), text));
        data.put("messagesJson", Json.of(messages));
        String toRoot = Urls.toRoot(page);
        data.put("scripts", List.of(toRoot + assets.path("search-index.js"), toRoot + assets.path("search.js")));
        return data;
    }

    /** The page a web server shows for an address it does not have. */
    Map<String, Object> notFound() {
        String page = NOT_FOUND;
        Map<String, Object> data = common(page, site.config().lang(),
                siteLabels.text(LabelKey.NOT_FOUND_TITLE) + " \u2014 " + site.config().title(), "");
        data.put("description", siteLabels.text(LabelKey.NOT_FOUND_TEXT));
        data.remove("canonical");
        data.remove("og");
        // served at any depth: with a base URL, relative links resolve against it; the styles
        // come inline, so the page looks right wherever it is shown
        base.ifPresent(b -> data.put("baseHref", b.toString()));
        data.put("inlineStyle", Templates.markup(inlineStyle));
        return data;
    }

    /**
     * A briefing's page and its search text; its content for the feed only when
     * {@code forFeed}, since most briefings of a large desk are too old for the feed.
     */
    Rendered briefing(Briefing briefing, boolean forFeed) {
        String page = Site.pagePath(briefing);
        String toRoot = Urls.toRoot(page);
        Meta meta = briefing.meta();
        BodyWriter body = new BodyWriter(briefing.footnotes(), media, hrefs, toRoot,
                (pos, code, message) -> context.report(Severity.WARNING, briefing, pos, code, message),
                labels(meta.lang()), site.config().typographyFor(meta.lang()));

        Map<String, Object> data = common(page, meta.lang(),
                meta.title() + " \u2014 " + site.config().title(), "");
        data.put("description", description(briefing));
        if (data.get("og") instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> og = (Map<String, Object>) data.get("og");
            og.put("type", "article");
            Meta.iso(meta.date(), meta.published()).ifPresent(d -> og.put("published", d));
            Meta.iso(meta.updated(), meta.revised()).ifPresent(d -> og.put("modified", d));
        }
        data.put("jsonLd", Templates.markup(Json.of(jsonLd(briefing))));

        Map<String, Object> b = new LinkedHashMap<>(summary(briefing, toRoot));
        meta.classification().ifPresent(c -> b.put("classification", c));
        b.put("pdf", pdf(briefing, labels(meta.lang())));

        String lead = body.blocks(briefing.lead());
        b.put("lead", Templates.markup(lead));
        List<Object> sections = sections(briefing.sections(), 1, body);
        b.put("sections", sections);
        b.put("toc", toc(briefing.sections(), 1));
        List<Object> notes = new ArrayList<>();
        StringBuilder notesHtml = forFeed ? new StringBuilder() : null;
        for (Footnote footnote : briefing.footnotes()) {
            Map<String, Object> note = new LinkedHashMap<>();
            String html = body.footnote(footnote);
            note.put("id", BodyWriter.noteId(footnote.number()));
            note.put("number", footnote.number());
            note.put("html", Templates.markup(html));
            notes.add(note);
            if (notesHtml != null) {
                notesHtml.append("<li id=\"").append(BodyWriter.noteId(footnote.number())).append("\">")
                        .append(html).append("</li>\n");
            }
        }
        b.put("footnotes", notes);

        List<Briefing> all = site.briefings();
        int at = positions.getOrDefault(briefing.slug(), -1);
        if (at > 0) {
            b.put("newer", neighbour(all.get(at - 1), toRoot));
        }
        if (at >= 0 && at + 1 < all.size()) {
            b.put("older", neighbour(all.get(at + 1), toRoot));
        }
        data.put("briefing", b);

        if (!forFeed) {
            return new Rendered(data, "");
        }
        // the article's content for the feed: the same HTML, relative to the briefing's page
        StringBuilder content = new StringBuilder(lead.length() + contentLength(sections) + notesHtml.length() + 64);
        content.append(lead);
        appendSections(sections, content);
        if (!notesHtml.isEmpty()) {
            content.append("<hr>\n<ol class=\"footnotes\">\n").append(notesHtml).append("</ol>\n");
        }
        return new Rendered(data, content.toString());
    }

    /** A briefing's page data, and its full content as HTML when the feed carries it. */
    record Rendered(Map<String, Object> data, String contentHtml) {
        /** Without the page's template data, which only the page itself needs. */
        Rendered withoutPage() {
            return new Rendered(Map.of(), contentHtml);
        }
    }

    /** About the length of {@link #appendSections}' output, to size the feed content at once. */
    private static int contentLength(List<Object> sections) {
        int length = 0;
        for (Object o : sections) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) o;
            @SuppressWarnings("unchecked")
            List<Object> children = (List<Object>) s.get("children");
            length += 32 + 2 * ((String) s.get("id")).length() + markupText(s.get("heading")).length()
                    + markupText(s.get("body")).length() + contentLength(children);
        }
        return length;
    }

    private static void appendSections(List<Object> sections, StringBuilder into) {
        for (Object o : sections) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) o;
            int level = (Integer) s.get("level");
            into.append("<h").append(level).append(" id=\"").append(HtmlWriter.escape((String) s.get("id")))
                    .append("\">").append(markupText(s.get("heading"))).append("</h").append(level).append(">\n")
                    .append(markupText(s.get("body")));
            @SuppressWarnings("unchecked")
            List<Object> children = (List<Object>) s.get("children");
            appendSections(children, into);
        }
    }

    private static String markupText(Object markup) {
        try {
            return freemarker.core.HTMLOutputFormat.INSTANCE.getMarkupString(
                    (freemarker.core.TemplateHTMLOutputModel) markup);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    static String description(Briefing briefing) {
        Meta meta = briefing.meta();
        return meta.summary().or(meta::dek).orElseGet(() -> {
            String text = PlainText.ofBlocks(briefing.lead()).strip();
            return text.length() <= 200 ? text : text.substring(0, text.lastIndexOf(' ', 197) + 1).strip() + "\u2026";
        });
    }

    private Map<String, Object> neighbour(Briefing other, String toRoot) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("title", other.meta().title());
        n.put("lang", other.meta().lang());
        n.put("url", toRoot + Urls.encodePath(Site.pagePath(other)));
        return n;
    }

    /** The print version's link, with its size and page count when render-pdf recorded them. */
    private Map<String, Object> pdf(Briefing briefing, Labels labels) {
        Map<String, Object> pdf = new LinkedHashMap<>();
        pdf.put("href", Urls.encodePath(briefing.slug() + ".pdf"));
        Optional<Artifact> artifact = context.artifact(Site.pdfPath(briefing));
        StringBuilder label = new StringBuilder("PDF");
        artifact.ifPresent(a -> {
            label.append(", ").append(size(a.bytes(), labels));
            if (a.pages() > 0) {
                label.append(", ").append(labels.count(LabelKey.PAGES, a.pages()));
            }
        });
        pdf.put("label", label.toString());
        return pdf;
    }

    /** "84 KB", "1.2 MB", "1,2 Mo": 1024-based, as file managers show. */
    static String size(long bytes, Labels labels) {
        if (bytes < 1024 * 1024) {
            return labels.text(LabelKey.KILOBYTES, "size", Long.toString(Math.max(1, Math.round(bytes / 1024.0))));
        }
        return labels.text(LabelKey.MEGABYTES, "size", labels.decimal(bytes / (1024.0 * 1024.0)));
    }

    private Map<String, Object> jsonLd(Briefing briefing) {
        Meta meta = briefing.meta();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", meta.title());
        ld.put("description", description(briefing));
        Meta.iso(meta.date(), meta.published()).ifPresent(d -> ld.put("datePublished", d));
        Meta.iso(meta.updated(), meta.revised()).or(() -> Meta.iso(meta.date(), meta.published()))
                .ifPresent(d -> ld.put("dateModified", d));
        List<Object> authors = new ArrayList<>();
        for (Author a : authors(meta)) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("@type", "Person");
            p.put("name", a.name());
            a.role().ifPresent(r -> p.put("jobTitle", r));
            authors.add(p);
        }
        ld.put("author", authors);
        if (!meta.topics().isEmpty()) {
            ld.put("keywords", List.copyOf(meta.topics()));
        }
        ld.put("inLanguage", meta.lang());
        ld.put("wordCount", briefing.wordCount());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", site.config().title());
        ld.put("publisher", publisher);
        base.ifPresent(b -> {
            String url = publicUrl(b, Site.pagePath(briefing));
            ld.put("url", url);
            ld.put("mainEntityOfPage", url);
        });
        return ld;
    }

    // ---- pieces ----

    private Map<String, Object> common(String page, String lang, String title, String current) {
        Map<String, Object> data = new LinkedHashMap<>();
        String toRoot = Urls.toRoot(page);
        data.put("lang", lang);
        // the header, navigation and footer are the site's, in its language, whatever the page's
        data.put("siteLang", site.config().lang());
        data.put("t", texts(siteLabels));
        data.put("title", title);
        data.put("root", toRoot);
        data.put("home", toRoot + HOME);
        data.put("stylesheet", toRoot + assets.path("style.css"));
        data.put("feed", toRoot + FEED);
        List<Object> nav = new ArrayList<>();
        nav.add(navItem(siteLabels.text(LabelKey.LATEST), toRoot + HOME, current.equals("home")));
        nav.add(navItem(siteLabels.text(LabelKey.TOPICS), toRoot + TOPICS, current.equals("topics")));
        nav.add(navItem(siteLabels.text(LabelKey.ARCHIVE), toRoot + ARCHIVE, current.equals("archive")));
        nav.add(navItem(siteLabels.text(LabelKey.SEARCH), toRoot + SEARCH, current.equals("search")));
        data.put("nav", nav);
        data.put("siteTitle", site.config().title());
        media.logo().ifPresent(l -> {
            Map<String, Object> img = new LinkedHashMap<>();
            img.put("src", toRoot + l.path());
            img.put("alt", l.alt());
            img.put("width", Integer.toString(l.width()));
            img.put("height", Integer.toString(l.height()));
            data.put("logo", img);
        });
        data.put("generator", "Galley " + context.build().galleyVersion());
        data.put("scripts", List.of());
        base.ifPresent(b -> {
            String url = publicUrl(b, page);
            data.put("canonical", url);
            Map<String, Object> og = new LinkedHashMap<>();
            og.put("type", "website");
            og.put("url", url);
            og.put("siteName", site.config().title());
            og.put("locale", lang.replace('-', '_'));
            data.put("og", og);
        });
        return data;
    }

    private static Map<String, Object> navItem(String label, String url, boolean current) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", label);
        item.put("url", url);
        item.put("current", current);
        return item;
    }

    private List<Object> cards(List<Briefing> briefings, String page) {
        String toRoot = Urls.toRoot(page);
        List<Object> cards = new ArrayList<>(briefings.size());
        for (Briefing briefing : briefings) {
            Map<String, Object> card = new LinkedHashMap<>(summary(briefing, toRoot));
            card.put("url", toRoot + Urls.encodePath(Site.pagePath(briefing)));
            cards.add(card);
        }
        return cards;
    }

    /** A briefing as seen from a page {@code toRoot} away from the site's root. */
    private record Placed(String slug, String toRoot) {
    }

    private List<Author> authors(Meta meta) {
        return meta.authors().isEmpty()
                ? site.config().defaultAuthor().map(List::of).orElse(List.of())
                : meta.authors();
    }

    /** What both a card in a listing and a page's masthead show, made once per place; not to be changed. */
    private Map<String, Object> summary(Briefing briefing, String toRoot) {
        return summaries.computeIfAbsent(new Placed(briefing.slug(), toRoot),
                placed -> java.util.Collections.unmodifiableMap(newSummary(briefing, toRoot)));
    }

    private Map<String, Object> newSummary(Briefing briefing, String toRoot) {
        Meta meta = briefing.meta();
        Labels labels = labels(meta.lang());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("slug", briefing.slug());
        b.put("lang", meta.lang());
        b.put("t", texts(labels));
        LocalTypography typography = site.config().typographyFor(meta.lang());
        b.put("title", typography.apply(meta.title()));
        meta.dek().ifPresent(d -> b.put("dek", typography.apply(d)));
        meta.summary().ifPresent(s -> b.put("summary", typography.apply(s)));
        meta.date().ifPresent(d -> b.put("date", dateIn(d, labels, LabelKey.PUBLISHED)));
        meta.updated().filter(u -> !meta.date().equals(Optional.of(u)))
                .ifPresent(u -> b.put("updated", dateIn(u, labels, LabelKey.UPDATED)));
        List<Object> byline = new ArrayList<>();
        List<Author> authors = authors(meta);
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", author.name());
            author.role().ifPresent(r -> a.put("role", r));
            // what stands between this name and the next: "A, B and C" as the language lists them
            a.put("sep", i + 2 < authors.size() ? ", " : i + 2 == authors.size() ? " " + labels.text(LabelKey.AND) + " " : "");
            byline.add(a);
        }
        b.put("authors", byline);
        Map<String, Object> bylineText = new LinkedHashMap<>();
        Labels.around(labels.text(LabelKey.BYLINE), "authors", bylineText, "");
        b.put("byline", bylineText);
        List<Object> topicLinks = new ArrayList<>();
        for (String name : meta.topics()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", name);
            t.put("url", toRoot + Urls.encodePath(topics.pageOf(name)));
            topicLinks.add(t);
        }
        b.put("topics", topicLinks);
        b.put("readingMinutes", briefing.readingMinutes());
        b.put("readingTime", labels.count(LabelKey.READING_TIME, briefing.readingMinutes()));
        b.put("draft", meta.status() == Status.DRAFT);
        return b;
    }

    /** A date for a {@code <time>} element: ISO 8601 for machines, the language's words for readers. */
    static Map<String, Object> date(LocalDate date, Labels labels) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("iso", date.toString());
        d.put("text", labels.date(date));
        return d;
    }

    /** {@link #date}, with the words around it that {@code label} puts there ("Published …"). */
    private static Map<String, Object> dateIn(LocalDate date, Labels labels, LabelKey label) {
        Map<String, Object> d = date(date, labels);
        Labels.around(labels.text(label), "date", d, "");
        return d;
    }

    /**
     * Every label without placeholders, by its key as a labels file writes it, for templates:
     * {@code ${t.contents}}.
     */
    private Map<String, String> texts(Labels labels) {
        return texts.computeIfAbsent(labels.languageTag(), tag -> {
            Map<String, String> all = new LinkedHashMap<>();
            for (LabelKey key : LabelKey.values()) {
                if (key.kind() == LabelKey.Kind.TEXT && key.placeholders().isEmpty()) {
                    all.put(key.key(), labels.text(key));
                }
            }
            return java.util.Collections.unmodifiableMap(all);
        });
    }

    /** The table of contents: sections down to the third level of nesting. */
    private List<Object> toc(List<Section> sections, int depth) {
        List<Object> list = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", Urls.encodeFragment(section.id()));
            s.put("text", PlainText.of(section.heading()));
            s.put("children", depth < 3 ? toc(section.children(), depth + 1) : List.of());
            list.add(s);
        }
        return list;
    }

    /**
     * Sections with their heading level on the page: the page title is the {@code h1}, so
     * top-level sections are {@code h2} and each level of nesting one more, up to {@code h6}.
     * Levels follow the nesting rather than the Markdown's {@code #} count, so a briefing whose
     * headings start at {@code ##} or skip a level still has an unbroken outline.
     */
    private List<Object> sections(List<Section> sections, int depth, BodyWriter body) {
        List<Object> list = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", section.id());
            s.put("anchors", section.anchors());
            s.put("href", "#" + Urls.encodeFragment(section.id()));
            s.put("level", Math.min(6, depth + 1));
            s.put("headingText", PlainText.of(section.heading()));
            s.put("linkLabel", body.labels().text(LabelKey.SECTION_LINK, "heading", PlainText.of(section.heading())));
            s.put("heading", Templates.markup(body.inlines(section.heading())));
            s.put("body", Templates.markup(body.blocks(section.blocks())));
            s.put("children", sections(section.children(), depth + 1, body));
            list.add(s);
        }
        return list;
    }
}
