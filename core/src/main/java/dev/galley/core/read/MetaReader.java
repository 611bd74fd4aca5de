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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a briefing's front matter into a typed {@link Meta}, reporting every problem. */
final class MetaReader {

    static final Set<String> KNOWN_KEYS = Set.of("title", "dek", "date", "updated", "authors",
            "topics", "summary", "status", "embargo", "classification", "lang");

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
        Optional<String> title = map.string("title");
        if (title.isEmpty()) {
            SourcePos where = map.has("title") ? map.valuePosition("title") : SourcePos.START;
            diagnostics.error(where, "front-matter-title",
                    "front matter needs a 'title:', the briefing's headline");
        }
        Optional<LocalDate> date = map.parsed("date", MetaReader::date, "a date such as 2026-11-28");
        Optional<LocalDate> updated = map.parsed("updated", MetaReader::date, "a date such as 2026-11-28");
        if (date.isPresent() && updated.isPresent() && updated.get().isBefore(date.get())) {
            diagnostics.warning(map.valuePosition("updated"), "front-matter-value",
                    "'updated' (" + updated.get() + ") is before 'date' (" + date.get() + ")");
        }
        List<Author> authors = map.list("authors", this::author);
        Status status = map.parsed("status", MetaReader::status, "'draft' or 'published'")
                .orElse(Status.PUBLISHED);
        Optional<OffsetDateTime> embargo = map.parsed("embargo", MetaReader::instant,
                "a date and time with a zone, such as 2026-12-01T09:00:00+01:00");
        String lang = map.parsed("lang", Languages::parse, "a language tag such as en or en-GB")
                .orElse(config.lang());

        Map<String, Object> extra = new LinkedHashMap<>();
        for (String key : map.keys()) {
            if (!KNOWN_KEYS.contains(key)) {
                NearMiss.among(key, KNOWN_KEYS.stream().sorted().toList()).ifPresent(known -> diagnostics.warning(map.keyPosition(key),
                        "front-matter-key", "unknown key '" + key + "'; did you mean '" + known + "'?"));
                extra.put(key, map.plain(key));
            }
        }
        return new Meta(title.orElse(fallbackTitle), map.string("dek"), date, updated,
                authors.isEmpty() ? config.defaultAuthor().map(List::of).orElse(List.of()) : authors,
                map.strings("topics"), map.string("summary"), status, embargo,
                map.string("classification"), lang, extra, positions(map));
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
            return entry.asText().filter(s -> !s.isEmpty()).map(Author::named);
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
        return Optional.of(new Author(name.get(), map.string("role")));
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
