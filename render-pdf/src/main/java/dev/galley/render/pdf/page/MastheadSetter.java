package dev.galley.render.pdf.page;

import dev.galley.core.labels.LabelKey;
import dev.galley.core.labels.Labels;
import dev.galley.core.model.Author;
import dev.galley.core.model.Block;
import dev.galley.core.model.Inline;
import dev.galley.core.model.Meta;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.style.Logo;
import dev.galley.core.style.Masthead;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sets the masthead, plain, on a band or on a cover: the desk or its logo, handling marks, title, dek, byline and dates. */
final class MastheadSetter {

    private final LayoutContext c;
    private final Measures m;
    private final PageGeometry geometry;
    private final TextSetter text;
    private final BlockWalk walk;

    MastheadSetter(LayoutContext c, TextSetter text, BlockWalk walk) {
        this.c = c;
        this.walk = walk;
        this.m = c.m();
        this.geometry = c.geometry();
        this.text = text;
    }

    /**
     * The first page's opening in the house style's manner: the desk (its logo, or its name), the
     * handling marks, the title, dek, byline and dates. Plain sets them over a rule; a band puts
     * the desk on a strip of the accent colour across the top of the page; a cover gives them a
     * page of their own, the title a third of the way down (the page ends after it: see
     * {@link BriefingLayout}).
     */
    void set(Column column, SiteConfig config, Meta meta) {
        Masthead kind = config.style().masthead();
        Optional<Logo> logo = config.style().logo().filter(l -> c.images().size(l.file())
                .filter(size -> size.widthPx() > 0 && size.heightPx() > 0).isPresent());
        boolean cover = kind == Masthead.COVER;
        MastheadMeasures o = cover ? MastheadMeasures.cover(m) : MastheadMeasures.plain(m);
        switch (kind) {
            case BAND -> band(column, config, logo, o);
            case PLAIN, COVER -> desk(column, config, logo, o);
        }
        if (cover) {
            column.space(o.coverRuleSpace());
            column.rule(column.frame.left(), column.frame.width(), o.coverRule(), c.colours().accent().rgb());
            // the title a third of the way down the page, whatever stands above it, or under the
            // cover image when that takes more
            float drop = geometry.bodyHeight() * o.coverDrop();
            if (meta.cover().isPresent()) {
                float before = column.height();
                walk.cover(column, meta.cover().get(), geometry.bodyHeight() * m.coverImageShare);
                column.space(Math.max(o.coverImageGap(), drop - (column.height() - before)));
            } else {
                column.space(drop);
            }
        }
        String handling = handling(meta, c.labels());
        if (!handling.isEmpty()) {
            column.space(o.handlingSpace());
            text.paragraphBlock(column, handling, c.styleOf(c.faces().headings().bold(), o.handling().size())
                    .withColor(c.colours().accent().rgb()), o.handling().leading());
        }
        column.space(o.titleSpace());
        column.within(Origin.Kind.HEADING, meta, () -> text.textBlock(column, c.typography().apply(meta.title()),
                c.styleOf(c.faces().headings().bold(), o.title().size()), o.title().leading(), false));
        meta.dek().ifPresent(dek -> {
            column.space(o.dekSpace());
            text.paragraphBlock(column, c.typography().apply(dek), c.styleOf(c.faces().body().italic(), o.dek().size()),
                    o.dek().leading());
        });
        String byline = byline(meta.authors(), c.labels());
        if (!byline.isEmpty()) {
            column.space(o.bylineSpace());
            text.paragraphBlock(column, byline, c.styleOf(c.faces().body(), o.byline().size()), o.byline().leading());
        }
        String dates = dates(meta, c.labels());
        if (!dates.isEmpty()) {
            column.space(byline.isEmpty() ? o.datesSpace() : o.datesAfterByline());
            text.paragraphBlock(column, dates, c.styleOf(c.faces().headings(), o.dates().size())
                    .withColor(c.colours().muted().rgb()), o.dates().leading());
        }
        if (!cover) {
            column.space(o.ruleAbove());
            column.rule(column.frame.left(), column.frame.width(), m.mastheadRule, c.colours().strongRule().rgb());
            column.space(o.ruleBelow());
        }
    }

    /** The desk above the title: its logo {@code logoHeight} high, or its name in small bold capitals' place. */
    private void desk(Column column, SiteConfig config, Optional<Logo> logo, MastheadMeasures o) {
        if (logo.isPresent()) {
            logo(column, logo.get(), o.logo());
        } else {
            text.paragraphBlock(column, config.title(), c.styleOf(c.faces().headings().bold(), o.desk().size())
                    .withColor(c.colours().muted().rgb()), o.desk().leading());
        }
    }

    /**
     * A strip of the accent colour from the top edge of the page across its width, holding the
     * logo, or the desk's name in the page's colour. The strip is drawn behind the first line of
     * the masthead and reaches up through the top margin.
     */
    private void band(Column column, SiteConfig config, Optional<Logo> logo, MastheadMeasures o) {
        float inner = logo.isPresent() ? o.bandLogo() : o.bandName();
        float padding = o.bandPadding();
        Rect strip = new Rect(0, -geometry.marginTop(), geometry.width(), geometry.marginTop() + inner + padding,
                c.colours().accent().rgb());
        if (logo.isPresent()) {
            column.emitLine(0, 0, List.of(), List.of(strip), true, false);
            logo(column, logo.get(), inner);
        } else {
            Style name = c.styleOf(c.faces().headings().bold(), o.bandNameSize()).withColor(c.colours().background().rgb());
            column.within(Origin.Kind.PARAGRAPH, config.title(), () -> column.emitLines(c.setter().set(c.lines().generated(config.title(),
                    name), column.frame.width(), name.size(), null, false), name, inner, Column.Align.LEFT, true, List.of(strip)));
        }
        column.space(padding + o.bandAfter());
    }

    /** The logo at the left of the text block, {@code height} high (narrower than half the measure), a figure described by its alt text. */
    private void logo(Column column, Logo logo, float height) {
        ImageCatalog.Size size = c.images().size(logo.file()).orElseThrow();
        float width = Math.min(height * size.widthPx() / size.heightPx(), column.frame.width() / 2);
        float h = width * size.heightPx() / size.widthPx();
        Block.Figure figure = new Block.Figure(new Inline.Image(logo.file(), logo.alt(), "", logo.pos()), List.of(),
                logo.pos());
        column.emit(new VItem.ImageBox(column.frame.left(), width, h, logo.file(), true, column.origin.within(Origin.Kind.FIGURE, figure)));
    }

    /** "INTERNAL · EMBARGOED UNTIL 28 November 2026, 09:00 UTC": the handling labels, if any. */
    static String handling(Meta meta, Labels labels) {
        List<String> handling = new ArrayList<>();
        meta.classification().ifPresent(handling::add);
        meta.embargo().ifPresent(at -> {
            java.time.OffsetDateTime utc = at.withOffsetSameInstant(java.time.ZoneOffset.UTC);
            handling.add(labels.shout(LabelKey.EMBARGOED_UNTIL, "date", labels.date(utc.toLocalDate()),
                    "time", labels.time(utc.toLocalTime())));
        });
        return String.join(" \u00B7 ", handling);
    }

    /** "By A (role), B and C" in the briefing's language; empty without authors. */
    static String byline(List<Author> authors, Labels labels) {
        List<String> names = new ArrayList<>();
        for (Author author : authors) {
            names.add(author.name() + author.role().map(r -> " (" + r + ")").orElse(""));
        }
        return names.isEmpty() ? "" : labels.text(LabelKey.BYLINE, "authors", labels.list(names));
    }

    /** "30 January 2025 · Updated 2 February 2025", either part alone, or empty. */
    static String dates(Meta meta, Labels labels) {
        String date = meta.date().map(labels::date).orElse("");
        String updated = meta.updated().filter(u -> !u.equals(meta.date().orElse(null)))
                .map(u -> labels.text(LabelKey.UPDATED, "date", labels.date(u))).orElse("");
        if (date.isEmpty()) {
            return updated;
        }
        return updated.isEmpty() ? date : date + " \u00B7 " + updated;
    }
}
