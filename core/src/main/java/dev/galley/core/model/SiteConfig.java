package dev.galley.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The desk's settings from {@code galley.yaml}.
 *
 * @param title         the site's name, shown in the masthead of every page and PDF
 * @param baseUrl       the public address the site is served from; canonical URLs and feeds need
 *                      it, everything else works without
 * @param lang          default BCP 47 language tag for briefings that name none
 * @param defaultAuthor byline for briefings whose front matter names no author
 * @param paper         paper size of the print briefings
 * @param tocMinPages   print briefings of at least this many pages get a table of contents
 * @param rules         per-rule levels set in {@code galley.yaml}, overriding each rule's default
 */
public record SiteConfig(String title, Optional<URI> baseUrl, String lang,
                         Optional<Author> defaultAuthor, PaperSize paper, int tocMinPages,
                         Map<String, RuleLevel> rules) {

    public SiteConfig {
        Objects.requireNonNull(title);
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(lang);
        Objects.requireNonNull(defaultAuthor);
        Objects.requireNonNull(paper);
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /** The level of rule {@code code}: as configured, else {@code byDefault}. */
    public RuleLevel level(String code, RuleLevel byDefault) {
        return rules.getOrDefault(code, byDefault);
    }

    /** Short briefings read fine without a table of contents. */
    public static final int DEFAULT_TOC_MIN_PAGES = 4;

    /** Settings used when a content folder has no {@code galley.yaml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Briefings", Optional.empty(), "en", Optional.empty(), PaperSize.A4,
                DEFAULT_TOC_MIN_PAGES, Map.of());
    }
}
