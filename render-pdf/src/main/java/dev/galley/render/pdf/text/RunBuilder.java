package dev.galley.render.pdf.text;

import dev.galley.core.model.Inline;
import dev.galley.core.text.LocalTypography;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.Site;
import dev.galley.render.pdf.font.FontFace;

import java.util.ArrayList;
import java.util.List;

/**
 * The first stage of the typesetter: inlines to styled runs. Emphasis, strong, code and links
 * become styles; footnote references become raised numbers; raw HTML is left out, as the PDF
 * cannot show it.
 */
public final class RunBuilder implements Inline.Visitor<Void> {

    /** Colour of link text: dark enough to read as text, distinct enough to find. */
    /** Links' colour in Galley's own style ({@code Palette.DEFAULT}'s link). */
    public static final int LINK_COLOR = 0x1A4E8A;
    /** Prefix of the named destination of footnote {@code n} in the notes. */
    public static final String FOOTNOTE_ANCHOR = "galley-fn-";

    private final GlyphFallback fallback;
    private final GlyphFallback.RunList out;
    private Style style;

    private final LocalTypography typography;
    private final PageNames pages;
    private final int linkColour;

    private RunBuilder(GlyphFallback fallback, Style base, List<Run> runs, LocalTypography typography,
                       PageNames pages, int linkColour) {
        this.linkColour = linkColour;
        this.fallback = fallback;
        this.typography = typography;
        this.pages = pages;
        this.style = base;
        this.out = new GlyphFallback.RunList(runs);
    }

    /** The runs of {@code inlines} set in {@code base}, with styles applied over it. */
    public static List<Run> build(List<Inline> inlines, Style base, GlyphFallback fallback) {
        return build(inlines, base, fallback, LocalTypography.NONE);
    }

    /** The same, the text's spaces tied where {@code typography} forbids a break (code is left as written). */
    public static List<Run> build(List<Inline> inlines, Style base, GlyphFallback fallback, LocalTypography typography) {
        return build(inlines, base, fallback, typography, PageNames.OF_FILES);
    }

    /** The same, links to other briefings going to the pages {@code pages} names. */
    public static List<Run> build(List<Inline> inlines, Style base, GlyphFallback fallback, LocalTypography typography,
                                  PageNames pages) {
        return build(inlines, base, fallback, typography, pages, LINK_COLOR);
    }

    /** The same, links set in {@code linkColour} ({@code 0xRRGGBB}, the house style's). */
    public static List<Run> build(List<Inline> inlines, Style base, GlyphFallback fallback, LocalTypography typography,
                                  PageNames pages, int linkColour) {
        List<Run> runs = new ArrayList<>();
        RunBuilder builder = new RunBuilder(fallback, base, runs, typography, pages, linkColour);
        builder.all(inlines);
        return builder.out.flush();
    }

    private void all(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    private void styled(Style inner, List<Inline> children) {
        Style outer = style;
        style = inner;
        all(children);
        style = outer;
    }

    @Override
    public Void text(Inline.Text text) {
        fallback.append(typography.apply(text.text()), text.pos(), style, false, out);
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        styled(style.withFace(style.face().italic()), emphasis.children());
        return null;
    }

    @Override
    public Void strong(Inline.Strong strong) {
        styled(style.withFace(style.face().bold()), strong.children());
        return null;
    }

    @Override
    public Void strikethrough(Inline.Strikethrough strikethrough) {
        styled(style.withStrike(), strikethrough.children());
        return null;
    }

    @Override
    public Void code(Inline.Code code) {
        Style outer = style;
        style = style.withFace(fallback.faces().mono()).withSize(style.size() * 0.9f);
        fallback.append(code.code(), code.pos(), style, false, out);
        style = outer;
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        String uri = uri(link.target());
        styled(uri == null ? style : style.withColor(linkColour).withLink(uri), link.children());
        return null;
    }

    /**
     * The link as the drawing stage takes it: {@code #id} for a place in this PDF, otherwise a
     * URI, relative ones resolved against this PDF's folder {@code briefings/<slug>/}; null for
     * a root-relative address, which a PDF read on its own has no host for, and for a briefing
     * this build does not publish.
     */
    private String uri(LinkTarget written) {
        LinkTarget target = pages.resolve(written);
        if (target instanceof LinkTarget.Web web) {
            // a root-relative address (no base_url) means nothing outside the site: words, no link
            return web.url().startsWith("/") ? null : web.url();
        }
        if (target instanceof LinkTarget.Anchor anchor) {
            return "#" + anchor.id();
        }
        if (target instanceof LinkTarget.BriefingPage page) {
            String slug = pages.pageOf(page.slug());
            if (!pages.publishes(slug)) {
                return null; // a draft, or a briefing left out: the words stay, the link would lead nowhere
            }
            String pdf = "../" + slug + "/" + slug + ".pdf";
            return page.anchorId().isEmpty() ? pdf : pdf + "#" + page.anchorId();
        }
        return "../../" + Site.mediaPath(((LinkTarget.ContentFile) target).path());
    }

    @Override
    public Void image(Inline.Image image) {
        // An image inside running text cannot be placed in this skeleton; its alt text stands in.
        String alt = image.alt().isBlank() ? "image" : image.alt();
        fallback.append("[" + alt + "]", image.pos(), style.withFace(style.face().italic()), false, out);
        return null;
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        Style raised = style.withSize(style.size() * 0.65f).withRise(style.size() * 0.38f)
                .withLink("#" + FOOTNOTE_ANCHOR + ref.number());
        fallback.appendGenerated(Integer.toString(ref.number()), ref.pos(), raised, out);
        return null;
    }

    @Override
    public Void softBreak(Inline.SoftBreak softBreak) {
        fallback.append(" ", softBreak.pos(), style, false, out);
        return null;
    }

    @Override
    public Void hardBreak(Inline.HardBreak hardBreak) {
        out.lineBreak(style);
        return null;
    }

    @Override
    public Void span(Inline.Span span) {
        styled(style.withLang(span.lang()), span.children());
        return null;
    }

    @Override
    public Void rawHtml(Inline.RawHtml html) {
        return null;
    }
}
