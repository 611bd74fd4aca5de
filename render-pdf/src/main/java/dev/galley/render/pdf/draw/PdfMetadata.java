package dev.galley.render.pdf.draw;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The document information and catalog entries of one PDF. Dates are never the wall clock: the
 * renderer takes them from the front matter or the build's reproducible source date.
 */
public record PdfMetadata(String title, String author, String subject, String keywords,
                          String creator, String producer, String language,
                          Optional<Instant> created, Optional<Instant> modified) {
    public PdfMetadata {
        Objects.requireNonNull(title);
        Objects.requireNonNull(author);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(keywords);
        Objects.requireNonNull(creator);
        Objects.requireNonNull(producer);
        Objects.requireNonNull(language);
        Objects.requireNonNull(created);
        Objects.requireNonNull(modified);
    }
}
