package dev.galley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Running text inside a block. The set of inline kinds is closed, so a renderer that implements
 * {@link Visitor} is told by the compiler about every kind it must learn.
 */
public sealed interface Inline
        permits Inline.Text, Inline.Emphasis, Inline.Strong, Inline.Strikethrough, Inline.Code,
                Inline.Link, Inline.Image, Inline.FootnoteRef, Inline.SoftBreak, Inline.HardBreak,
                Inline.RawHtml, Inline.Span {

    /** Where this inline starts in the source file. */
    SourcePos pos();

    <R> R accept(Visitor<R> visitor);

    /** One method per inline kind. */
    interface Visitor<R> {
        R text(Text text);
        R emphasis(Emphasis emphasis);
        R strong(Strong strong);
        R strikethrough(Strikethrough strikethrough);
        R code(Code code);
        R link(Link link);
        R image(Image image);
        R footnoteRef(FootnoteRef ref);
        R softBreak(SoftBreak softBreak);
        R hardBreak(HardBreak hardBreak);
        R rawHtml(RawHtml html);
        R span(Span span);
    }

    /**
     * Plain characters, with typographic quotes, dashes and ellipses already as Unicode
     * characters. Template syntax or markup in here is literal text.
     */
    record Text(String text, SourcePos pos) implements Inline {
        public Text {
            Objects.requireNonNull(text);
            Objects.requireNonNull(pos);
        }
        public <R> R accept(Visitor<R> v) { return v.text(this); }
    }

    record Emphasis(List<Inline> children, SourcePos pos) implements Inline {
        public Emphasis { children = List.copyOf(children); }
        public <R> R accept(Visitor<R> v) { return v.emphasis(this); }
    }

    record Strong(List<Inline> children, SourcePos pos) implements Inline {
        public Strong { children = List.copyOf(children); }
        public <R> R accept(Visitor<R> v) { return v.strong(this); }
    }

    record Strikethrough(List<Inline> children, SourcePos pos) implements Inline {
        public Strikethrough { children = List.copyOf(children); }
        public <R> R accept(Visitor<R> v) { return v.strikethrough(this); }
    }

    /** Inline code, shown in a monospace face exactly as written. */
    record Code(String code, SourcePos pos) implements Inline {
        public Code { Objects.requireNonNull(code); }
        public <R> R accept(Visitor<R> v) { return v.code(this); }
    }

    /** A hyperlink; the reader has checked and resolved its target. */
    record Link(LinkTarget target, String title, List<Inline> children, SourcePos pos) implements Inline {
        public Link {
            Objects.requireNonNull(target);
            Objects.requireNonNull(title);
            children = List.copyOf(children);
        }
        public <R> R accept(Visitor<R> v) { return v.link(this); }
    }

    /**
     * An image inside running text. {@code source} is an absolute URL or a path relative to the
     * content folder (checked by the reader to stay inside it).
     */
    record Image(String source, String alt, String title, SourcePos pos) implements Inline {
        public Image {
            Objects.requireNonNull(source);
            Objects.requireNonNull(alt);
            Objects.requireNonNull(title);
        }
        public <R> R accept(Visitor<R> v) { return v.image(this); }
    }

    /** A reference to footnote {@code number} (1-based, in order of first reference). */
    record FootnoteRef(String label, int number, SourcePos pos) implements Inline {
        public <R> R accept(Visitor<R> v) { return v.footnoteRef(this); }
    }

    /** A line break in the source that readers see as a space. */
    record SoftBreak(SourcePos pos) implements Inline {
        public <R> R accept(Visitor<R> v) { return v.softBreak(this); }
    }

    /** A forced line break. */
    record HardBreak(SourcePos pos) implements Inline {
        public <R> R accept(Visitor<R> v) { return v.hardBreak(this); }
    }

    /**
     * A passage in another language than the briefing's, so that screen readers pronounce it
     * and hyphenation leaves it alone. Written in Markdown as
     * {@code <span lang="de">Zeitenwende</span>}.
     *
     * @param lang the passage's BCP 47 language tag, checked by the reader
     */
    record Span(String lang, List<Inline> children, SourcePos pos) implements Inline {
        public Span {
            Objects.requireNonNull(lang);
            children = List.copyOf(children);
        }
        public <R> R accept(Visitor<R> v) { return v.span(this); }
    }

    /**
     * Raw HTML written in the Markdown. The HTML renderer passes it through a sanitizer; the PDF
     * renderer leaves it out.
     */
    record RawHtml(String html, SourcePos pos) implements Inline {
        public RawHtml { Objects.requireNonNull(html); }
        public <R> R accept(Visitor<R> v) { return v.rawHtml(this); }
    }
}
