package dev.galley.core.model;

import dev.galley.core.labels.Label;
import dev.galley.core.labels.LabelBook;
import dev.galley.core.labels.LabelKey;
import dev.galley.core.style.HouseStyle;
import dev.galley.core.style.PageSize;
import dev.galley.core.text.LocalTypography;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * @param labels        the desk's own labels by language tag (from {@code labels:} and the
 *                      content folder's {@code labels/} files), over Galley's
 * @param typography    the desk's local typography rules by language tag, where they differ from
 *                      {@link LocalTypography#defaultsFor}
 * @param timezone      the zone a front-matter time without one is read in, and the zone the day
 *                      shown of any time is taken in when the desk sets it; UTC by default
 * @param tagsAsTopics  whether other generators' {@code tags} and {@code categories} become
 *                      topics (otherwise they are kept for templates)
 * @param sitePaths     the wider site's addresses root-relative links are checked against, from
 *                      the file {@code site_paths:} names (its name is set first, the list once read)
 * @param style         the desk's house style ({@code style:}), Galley's own where it is silent
 */
public record SiteConfig(String title, Optional<URI> baseUrl, String lang,
                         Optional<Author> defaultAuthor, PaperSize paper, int tocMinPages,
                         Map<String, RuleLevel> rules, Map<String, Map<LabelKey, Label>> labels,
                         Map<String, LocalTypography> typography, Optional<ZoneId> timezone,
                         boolean tagsAsTopics, SitePaths sitePaths, HouseStyle style) {

    public SiteConfig {
        Objects.requireNonNull(style);
        Objects.requireNonNull(title);
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(lang);
        Objects.requireNonNull(defaultAuthor);
        Objects.requireNonNull(paper);
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        // sorted, and each language's labels in key order: the record's text is a cache key's input
        Map<String, Map<LabelKey, Label>> sortedLabels = new TreeMap<>();
        labels.forEach((tag, table) -> sortedLabels.put(tag, Collections.unmodifiableMap(new TreeMap<>(table))));
        labels = Collections.unmodifiableMap(sortedLabels);
        typography = Collections.unmodifiableMap(new TreeMap<>(typography));
        Objects.requireNonNull(timezone);
        Objects.requireNonNull(sitePaths);
    }

    /** Settings in Galley's own house style. */
    public SiteConfig(String title, Optional<URI> baseUrl, String lang, Optional<Author> defaultAuthor,
                      PaperSize paper, int tocMinPages, Map<String, RuleLevel> rules,
                      Map<String, Map<LabelKey, Label>> labels, Map<String, LocalTypography> typography,
                      Optional<ZoneId> timezone, boolean tagsAsTopics, SitePaths sitePaths) {
        this(title, baseUrl, lang, defaultAuthor, paper, tocMinPages, rules, labels, typography, timezone,
                tagsAsTopics, sitePaths, HouseStyle.DEFAULT);
    }

    /** Settings without a list of the wider site's addresses. */
    public SiteConfig(String title, Optional<URI> baseUrl, String lang, Optional<Author> defaultAuthor,
                      PaperSize paper, int tocMinPages, Map<String, RuleLevel> rules,
                      Map<String, Map<LabelKey, Label>> labels, Map<String, LocalTypography> typography,
                      Optional<ZoneId> timezone, boolean tagsAsTopics) {
        this(title, baseUrl, lang, defaultAuthor, paper, tocMinPages, rules, labels, typography, timezone,
                tagsAsTopics, SitePaths.NONE);
    }

    /** The same settings with these labels. */
    public SiteConfig withLabels(Map<String, Map<LabelKey, Label>> desk) {
        return new SiteConfig(title, baseUrl, lang, defaultAuthor, paper, tocMinPages, rules, desk, typography,
                timezone, tagsAsTopics, sitePaths, style);
    }

    /** The same settings with the wider site's addresses. */
    public SiteConfig withSitePaths(SitePaths paths) {
        return new SiteConfig(title, baseUrl, lang, defaultAuthor, paper, tocMinPages, rules, labels, typography,
                timezone, tagsAsTopics, paths, style);
    }

    /** The same settings in {@code style}. */
    public SiteConfig withStyle(HouseStyle style) {
        return new SiteConfig(title, baseUrl, lang, defaultAuthor, paper, tocMinPages, rules, labels, typography,
                timezone, tagsAsTopics, sitePaths, style);
    }

    /** The print page's size: the house style's, else the one {@code paper:} names. */
    public PageSize pageSize() {
        return style.page().size().orElse(paper == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4);
    }

    /** Settings with time zones and tags as Galley's defaults have them. */
    public SiteConfig(String title, Optional<URI> baseUrl, String lang, Optional<Author> defaultAuthor,
                      PaperSize paper, int tocMinPages, Map<String, RuleLevel> rules,
                      Map<String, Map<LabelKey, Label>> labels, Map<String, LocalTypography> typography) {
        this(title, baseUrl, lang, defaultAuthor, paper, tocMinPages, rules, labels, typography,
                Optional.empty(), true);
    }

    /** Settings without labels or typography of the desk's own. */
    public SiteConfig(String title, Optional<URI> baseUrl, String lang, Optional<Author> defaultAuthor,
                      PaperSize paper, int tocMinPages, Map<String, RuleLevel> rules) {
        this(title, baseUrl, lang, defaultAuthor, paper, tocMinPages, rules, Map.of(), Map.of());
    }

    /** The zone front-matter times without one are read in: the desk's, else UTC. */
    public ZoneId zone() {
        return timezone.orElse(ZoneOffset.UTC);
    }

    /** Galley's labels with the desk's on top. */
    public LabelBook labelBook() {
        return LabelBook.of(labels);
    }

    /** The local typography of {@code languageTag}: the desk's rules for the tag or its language, else the defaults. */
    public LocalTypography typographyFor(String languageTag) {
        String tag = languageTag.toLowerCase(java.util.Locale.ROOT);
        String primary = tag.split("-", 2)[0];
        LocalTypography set = typography.get(tag);
        if (set == null) {
            set = typography.get(primary);
        }
        return set != null ? set : LocalTypography.defaultsFor(languageTag);
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
