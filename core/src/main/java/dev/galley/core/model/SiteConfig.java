package dev.galley.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The desk's settings from {@code galley.yaml}.
 *
 * @param title         the site's name, shown in the masthead of every page and PDF
 * @param baseUrl       the public address the site is served from; canonical URLs and feeds need
 *                      it, everything else works without
 * @param lang          default BCP 47 language tag for briefings that name none
 * @param defaultAuthor byline for briefings whose front matter names no author
 * @param paper         paper size of the print briefings
 */
public record SiteConfig(String title, Optional<URI> baseUrl, String lang,
                         Optional<Author> defaultAuthor, PaperSize paper) {

    public SiteConfig {
        Objects.requireNonNull(title);
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(lang);
        Objects.requireNonNull(defaultAuthor);
        Objects.requireNonNull(paper);
    }

    /** Settings used when a content folder has no {@code galley.yaml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Briefings", Optional.empty(), "en", Optional.empty(), PaperSize.A4);
    }
}
