package dev.galley.render.html;

import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Author;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.Site;
import dev.galley.core.model.Status;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.publish.RenderContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the templates see: the model turned into plain maps, lists, strings and numbers (keys in a
 * fixed order, optional values simply absent), with body content as escaped markup made by
 * {@link BodyWriter}. Dates are formatted here, in English, from the front matter only.
 */
final class PageData {

    private static final DateTimeFormatter DISPLAY_DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Site site;
    private final RenderContext context;
    private final Media media;
    private final Hrefs hrefs;

    PageData(Site site, RenderContext context, Media media) {
        this.site = site;
        this.context = context;
        this.media = media;
        this.hrefs = new Hrefs(site, media);
    }

    /** The front page: every briefing, newest first. */
    Map<String, Object> index() {
        String page = "index.html";
        String toRoot = Urls.toRoot(page);
        SiteConfig config = site.config();
        List<Object> cards = new ArrayList<>();
        for (Briefing briefing : site.briefings()) {
            Map<String, Object> card = summary(briefing);
            card.put("url", toRoot + Urls.encodePath(Site.pagePath(briefing)));
            cards.add(card);
        }
        Map<String, Object> data = common(page, config.lang(), config.title());
        data.put("description", "Briefings from " + config.title());
        data.put("briefings", cards);
        return data;
    }

    /** A briefing's page. */
    Map<String, Object> briefing(Briefing briefing) {
        String page = Site.pagePath(briefing);
        String toRoot = Urls.toRoot(page);
        Meta meta = briefing.meta();
        BodyWriter body = new BodyWriter(briefing.footnotes(), media, hrefs, toRoot,
                (pos, code, message) -> context.report(Severity.WARNING, briefing, pos, code, message));

        Map<String, Object> data = common(page, meta.lang(),
                meta.title() + " \u2014 " + site.config().title());
        meta.summary().or(meta::dek).ifPresent(d -> data.put("description", d));

        Map<String, Object> b = summary(briefing);
        b.put("pdf", Urls.encodePath(briefing.slug() + ".pdf"));
        meta.classification().ifPresent(c -> b.put("classification", c));
        b.put("lead", Templates.markup(body.blocks(briefing.lead())));
        b.put("sections", sections(briefing.sections(), 1, body));
        List<Object> notes = new ArrayList<>();
        for (Footnote footnote : briefing.footnotes()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("id", BodyWriter.noteId(footnote.number()));
            note.put("number", footnote.number());
            note.put("html", Templates.markup(body.footnote(footnote)));
            notes.add(note);
        }
        b.put("footnotes", notes);
        data.put("briefing", b);
        return data;
    }

    private Map<String, Object> common(String page, String lang, String title) {
        Map<String, Object> data = new LinkedHashMap<>();
        String toRoot = Urls.toRoot(page);
        data.put("lang", lang);
        data.put("title", title);
        data.put("root", toRoot);
        data.put("home", toRoot + "index.html");
        data.put("stylesheet", toRoot + "assets/style.css");
        data.put("siteTitle", site.config().title());
        data.put("generator", "Galley " + context.build().galleyVersion());
        return data;
    }

    /** What both a card on the front page and a page's masthead show. */
    private Map<String, Object> summary(Briefing briefing) {
        Meta meta = briefing.meta();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("slug", briefing.slug());
        b.put("title", meta.title());
        meta.dek().ifPresent(d -> b.put("dek", d));
        meta.summary().ifPresent(s -> b.put("summary", s));
        meta.date().ifPresent(d -> b.put("date", date(d)));
        meta.updated().filter(u -> !meta.date().equals(Optional.of(u)))
                .ifPresent(u -> b.put("updated", date(u)));
        List<Author> authors = meta.authors().isEmpty()
                ? site.config().defaultAuthor().map(List::of).orElse(List.of())
                : meta.authors();
        List<Object> byline = new ArrayList<>();
        for (Author author : authors) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", author.name());
            author.role().ifPresent(r -> a.put("role", r));
            byline.add(a);
        }
        b.put("authors", byline);
        b.put("topics", List.copyOf(meta.topics()));
        b.put("readingMinutes", briefing.readingMinutes());
        b.put("draft", meta.status() == Status.DRAFT);
        return b;
    }

    private static Map<String, Object> date(LocalDate date) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("iso", date.toString());
        d.put("text", DISPLAY_DATE.format(date));
        return d;
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
            s.put("level", Math.min(6, depth + 1));
            s.put("headingText", PlainText.of(section.heading()));
            s.put("heading", Templates.markup(body.inlines(section.heading())));
            s.put("body", Templates.markup(body.blocks(section.blocks())));
            s.put("children", sections(section.children(), depth + 1, body));
            list.add(s);
        }
        return list;
    }
}
