package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.diagnostic.NearMiss;
import dev.galley.core.model.Author;
import dev.galley.core.model.Meta;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;
import dev.galley.core.text.Languages;
import dev.galley.core.yaml.YamlMap;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a briefing's front matter into a typed {@link Meta}, reporting every problem. */
final class MetaReader {

    static final Set<String> KNOWN_KEYS = Set.of("title", "dek", "date", "updated", "authors",
            "topics", "summary", "status", "embargo", "classification", "lang");

    /**
     * Other site generators' names for Galley's keys (Jekyll, Hugo, Eleventy, Astro, Docusaurus),
     * read as the key they stand for; where both are given, Galley's own is used.
     */
    static final Map<String, List<String>> SYNONYMS = Map.of(
            "updated", List.of("lastmod", "last_modified_at", "modified"),
            "authors", List.of("author"),
            "summary", List.of("description"),
            "embargo", List.of("publishDate", "publishdate", "publish_date"));

    /** Other generators' keys with a meaning of their own here. */
    static final Set<String> MAPPED_KEYS = Set.of("tags", "categories", "category", "draft", "published",
            "expiryDate", "expirydate", "expiry_date", "slug", "aliases", "redirect_from");

    /**
     * Keys only other generators' templates use: kept for templates, never warned about as
     * misspellings of Galley's keys ({@code type} is not a typo of anything, {@code layout} neither).
     */
    static final Set<String> OTHER_GENERATORS_KEYS = Set.of("layout", "permalink", "weight", "toc", "type",
            "url", "image", "images", "keywords", "excerpt", "series", "menu", "cover", "comments", "id",
            "sidebar_position", "sidebar_label", "hide_table_of_contents", "canonical", "canonicalURL",
            "unlisted", "sitemap", "hidden", "nav_order", "parent", "has_children", "math", "mermaid",
            "showToc", "featured", "featured_image", "thumbnail", "subtitle", "linkTitle", "headless",
            "outputs", "eleventyNavigation", "eleventyExcludeFromCollections", "pagination", "permalink_pattern",
            "pubDate", "heroImage", "section", "lead", "header", "footer", "share", "related");

    /** Names Windows reserves for devices: a page folder of that name cannot be made there. */
    private static final Pattern DEVICE_NAME = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Pattern SAFE_SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    static final int MAX_SLUG = 100;
    private static final Pattern SAFE_ALIAS_SEGMENT = Pattern.compile("[\\p{L}\\p{N}._~-]+");

    private final Diagnostics diagnostics;
    private final SiteConfig config;

    MetaReader(Diagnostics diagnostics, SiteConfig config) {
        this.diagnostics = diagnostics;
        this.config = config;
    }

    /**
     * Reads {@code map}; {@code fallbackTitle} stands in when the title is missing, which is an
     * error reported here.
     */
    Meta read(YamlMap map, String fallbackTitle) {
        Optional<String> title = map.string("title").map(FieldTypography::apply);
        if (title.isEmpty()) {
            SourcePos where = map.has("title") ? map.valuePosition("title") : SourcePos.START;
            diagnostics.error(where, "front-matter-title",
                    "front matter needs a 'title:', the briefing's headline");
        }
        Optional<FrontMatterDate> date = map.parsed("date", this::date, FrontMatterDate.FORMS);
        String updatedKey = keyFor(map, "updated");
        Optional<FrontMatterDate> updated = map.parsed(updatedKey, this::date, FrontMatterDate.FORMS);
        if (date.isPresent() && updated.isPresent() && updated.get().day().isBefore(date.get().day())) {
            diagnostics.warning(map.valuePosition(updatedKey), "front-matter-value",
                    "'" + updatedKey + "' (" + updated.get().day() + ") is before 'date' ("
                            + date.get().day() + ")");
        }
        List<Author> authors = map.list(keyFor(map, "authors"), this::author);
        Status status = status(map);
        Optional<OffsetDateTime> embargo = embargo(map);
        Optional<OffsetDateTime> expiry = map.parsed(firstPresent(map, "expiryDate", "expirydate", "expiry_date"),
                this::date, FrontMatterDate.FORMS).map(d -> d.instantOr(config.zone()));
        String lang = map.parsed("lang", Languages::parse, "a language tag such as en or en-GB")
                .orElse(config.lang());
        Optional<String> summary = map.string(keyFor(map, "summary")).map(FieldTypography::apply);
        Optional<String> slug = map.parsed("slug", MetaReader::slug, "one page name of letters, digits, '-', '_'"
                + " or '.', at most " + MAX_SLUG + " characters, such as harbour-2025 (not '..', a path or a"
                + " device name such as CON)");
        List<String> aliases = aliases(map);

        Map<String, Object> extra = new LinkedHashMap<>();
        List<String> known = KNOWN_KEYS.stream().sorted().toList();
        for (String key : map.keys()) {
            if (KNOWN_KEYS.contains(key)) {
                continue;
            }
            if (!MAPPED_KEYS.contains(key) && !OTHER_GENERATORS_KEYS.contains(key) && !isSynonym(key)) {
                NearMiss.among(key, known).ifPresent(near -> diagnostics.warning(map.keyPosition(key),
                        "front-matter-key", "unknown key '" + key + "'; did you mean '" + near + "'?"));
            }
            extra.put(key, map.plain(key));
        }
        // The texts readers see get the body's punctuation here, once, so that every output has it;
        // what names a page or a topic (slug, aliases, topics, used in addresses) stays as written.
        return new Meta(title.orElse(fallbackTitle), map.string("dek").map(FieldTypography::apply), date.map(FrontMatterDate::day),
                updated.map(FrontMatterDate::day),
                authors.isEmpty() ? config.defaultAuthor().map(List::of).orElse(List.of()) : authors,
                topics(map), summary, status, embargo, map.string("classification"), lang, extra, positions(map),
                date.flatMap(FrontMatterDate::instant), updated.flatMap(FrontMatterDate::instant), expiry, slug,
                aliases);
    }

    private Optional<FrontMatterDate> date(String text) {
        return FrontMatterDate.parse(text, config.zone(), config.timezone());
    }

    private static boolean isSynonym(String key) {
        return SYNONYMS.values().stream().anyMatch(names -> names.contains(key));
    }

    /**
     * The key {@code galleyKey}'s value is read from: Galley's own when given, else the first of its
     * synonyms that is; a synonym given beside it is warned about, as it is not used.
     */
    private String keyFor(YamlMap map, String galleyKey) {
        List<String> names = new ArrayList<>();
        names.add(galleyKey);
        names.addAll(SYNONYMS.getOrDefault(galleyKey, List.of()));
        return firstPresent(map, names.toArray(String[]::new));
    }

    /** The first of {@code keys} the front matter has (the first of them when it has none); the others are warned about. */
    private String firstPresent(YamlMap map, String... keys) {
        String used = null;
        for (String key : keys) {
            if (!map.has(key)) {
                continue;
            }
            if (used == null) {
                used = key;
            } else {
                diagnostics.warning(map.keyPosition(key), "front-matter-key", "'" + key + "' says again what '"
                        + used + "' says; '" + used + "' is used and this one is ignored");
            }
        }
        return used == null ? keys[0] : used;
    }

    /** 'status', else Hugo's and Eleventy's {@code draft: true}, else Jekyll's {@code published: false}. */
    private Status status(YamlMap map) {
        Optional<Status> status = map.parsed("status", MetaReader::status, "'draft' or 'published'");
        Optional<Boolean> draft = map.flag("draft");
        Optional<Boolean> published = map.flag("published");
        Optional<Status> implied = draft.map(d -> d ? Status.DRAFT : Status.PUBLISHED)
                .or(() -> published.map(p -> p ? Status.PUBLISHED : Status.DRAFT));
        if (status.isPresent() && implied.isPresent() && status.get() != implied.get()) {
            String other = draft.isPresent() ? "draft" : "published";
            diagnostics.warning(map.keyPosition(other), "front-matter-value", "'" + other + "' contradicts 'status: "
                    + status.get().name().toLowerCase(Locale.ROOT) + "', which is used");
        }
        return status.or(() -> implied).orElse(Status.PUBLISHED);
    }

    /** 'embargo' (a moment with its zone), else {@code publishDate} in any of the date forms. */
    private Optional<OffsetDateTime> embargo(YamlMap map) {
        String key = keyFor(map, "embargo");
        if (key.equals("embargo")) {
            return map.parsed("embargo", MetaReader::instant,
                    "a date and time with a zone, such as 2026-12-01T09:00:00+01:00");
        }
        return map.parsed(key, this::date, FrontMatterDate.FORMS).map(d -> d.instantOr(config.zone()));
    }

    /**
     * 'topics', then {@code tags}, {@code categories} and {@code category} unless the desk keeps
     * those apart; each topic once, as first written. A text with commas is a list.
     */
    private List<String> topics(YamlMap map) {
        List<String> topics = new java.util.ArrayList<>(map.strings("topics"));
        if (config.tagsAsTopics()) {
            for (String key : List.of("tags", "categories", "category")) {
                for (String value : map.strings(key)) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            topics.add(part.strip());
                        }
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        return topics.stream().filter(t -> seen.add(t.toLowerCase(Locale.ROOT))).toList();
    }

    private static Optional<String> slug(String text) {
        String slug = text.strip();
        if (slug.length() > MAX_SLUG || !SAFE_SLUG.matcher(slug).matches() || DEVICE_NAME.matcher(slug).matches()
                || slug.endsWith(".") || slug.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    /**
     * Earlier addresses from Hugo's {@code aliases} or Jekyll's {@code redirect_from}: paths on this
     * site, written with or without a leading slash; each is checked like a page name, segment by segment.
     */
    private List<String> aliases(YamlMap map) {
        String key = firstPresent(map, "aliases", "redirect_from");
        List<String> aliases = new ArrayList<>();
        for (YamlMap.Entry entry : map.list(key, Optional::of)) {
            Optional<String> alias = entry.asText().flatMap(MetaReader::alias);
            if (alias.isEmpty()) {
                diagnostics.error(entry.pos(), "front-matter-value", "each of '" + key + "' must be a path on this"
                        + " site such as /blog/2019/harbour/ or /old-name.html, of letters, digits, '-', '_', '.'"
                        + " and '~' between slashes (no '..', query or '#')");
            } else if (!aliases.contains(alias.get())) {
                aliases.add(alias.get());
            }
        }
        return aliases;
    }

    static Optional<String> alias(String text) {
        String path = text.strip();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.isEmpty() || path.length() > 400 || path.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (last && segment.isEmpty()) {
                continue; // a folder address, "blog/old/"
            }
            if (!SAFE_ALIAS_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")
                    || DEVICE_NAME.matcher(segment).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** Meta for a briefing without front matter. */
    Meta withoutFrontMatter(String title) {
        return new Meta(title, Optional.empty(), Optional.empty(), Optional.empty(),
                config.defaultAuthor().map(List::of).orElse(List.of()), List.of(), Optional.empty(),
                Status.PUBLISHED, Optional.empty(), Optional.empty(), config.lang(), Map.of(), Map.of());
    }

    private static Map<String, SourcePos> positions(YamlMap map) {
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        for (String key : map.keys()) {
            positions.put(key, map.valuePosition(key));
        }
        return positions;
    }

    private Optional<Author> author(YamlMap.Entry entry) {
        if (entry.asText().isPresent()) {
            return entry.asText().filter(s -> !s.isEmpty()).map(name -> author(name, Optional.empty()));
        }
        YamlMap map = entry.asMap().orElseThrow();
        Optional<String> name = map.string("name");
        if (name.isEmpty()) {
            diagnostics.error(entry.pos(), "front-matter-author",
                    "each author needs a 'name:' (and may have a 'role:')");
            return Optional.empty();
        }
        for (String key : map.keys()) {
            if (!key.equals("name") && !key.equals("role")) {
                diagnostics.warning(map.keyPosition(key), "front-matter-key",
                        "an author has only 'name' and 'role'; '" + key + "' is ignored");
            }
        }
        return Optional.of(author(name.get(), map.string("role")));
    }

    /**
     * The name gets the body's punctuation as well as the role: the body writes "O'Brien" as
     * O’Brien, and a byline should spell a name as the text about the person does.
     */
    private static Author author(String name, Optional<String> role) {
        return new Author(FieldTypography.apply(name), role.map(FieldTypography::apply));
    }

    static Optional<OffsetDateTime> instant(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Status> status(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "draft" -> Optional.of(Status.DRAFT);
            case "published" -> Optional.of(Status.PUBLISHED);
            default -> Optional.empty();
        };
    }
}
