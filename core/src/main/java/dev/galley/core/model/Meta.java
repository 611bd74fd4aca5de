package dev.galley.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A briefing's front matter, typed and checked.
 *
 * @param title          the headline; required (without front matter the reader derives one and
 *                       warns)
 * @param dek            the subtitle under the headline
 * @param date           publication date: the day shown, in the zone the front matter or the
 *                       site's {@code timezone} gives
 * @param updated        date of the last substantive update, likewise
 * @param authors        the byline, in order; the site's default author when the front matter
 *                       names none
 * @param topics         subject tags, in the order written
 * @param summary        one or two sentences for listings, feeds and metadata
 * @param status         draft or published
 * @param embargo        not to be published before this instant
 * @param classification a handling label such as "INTERNAL", shown on every page
 * @param lang           BCP 47 language tag; the site's language when not given
 * @param extra          keys Galley does not know, kept (as strings, lists and maps) for templates
 * @param positions      where each key's value starts in the source file, for problems found in
 *                       it later (a character no font has, say); empty without front matter
 * @param published      the instant of publication when the front matter gives a time as well
 *                       as a day; feeds, the sitemap and metadata use it
 * @param revised        the instant of the update, likewise
 * @param expiry         after this instant the briefing is left out of the site (Hugo's
 *                       {@code expiryDate})
 * @param slug           the page name the front matter sets, instead of the file's name
 * @param aliases        earlier addresses of the briefing, root-relative paths without the
 *                       leading slash ({@code blog/2019/harbour/}); each gets a page that
 *                       redirects to the briefing
 * @param cover          the briefing's cover image ({@code cover: {image, alt, caption}}, as Hugo
 *                       themes write it), a figure that is also the first block of the lead: the
 *                       print briefing sets it on its cover page when the house style has one
 */
public record Meta(String title, Optional<String> dek, Optional<LocalDate> date,
                   Optional<LocalDate> updated, List<Author> authors, List<String> topics,
                   Optional<String> summary, Status status, Optional<OffsetDateTime> embargo,
                   Optional<String> classification, String lang, Map<String, Object> extra,
                   Map<String, SourcePos> positions, Optional<OffsetDateTime> published,
                   Optional<OffsetDateTime> revised, Optional<OffsetDateTime> expiry,
                   Optional<String> slug, List<String> aliases, Optional<Block.Figure> cover) {

    public Meta {
        Objects.requireNonNull(title);
        Objects.requireNonNull(dek);
        Objects.requireNonNull(date);
        Objects.requireNonNull(updated);
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(status);
        Objects.requireNonNull(embargo);
        Objects.requireNonNull(classification);
        Objects.requireNonNull(lang);
        // Kept in the order written: templates iterate it, and output must not depend on hashing.
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        // Sorted, so that the record's text (a cache key's input) is the same in every run.
        positions = Collections.unmodifiableMap(new TreeMap<>(positions));
        Objects.requireNonNull(published);
        Objects.requireNonNull(revised);
        Objects.requireNonNull(expiry);
        Objects.requireNonNull(slug);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(cover);
    }

    /** Front matter without a cover image. */
    public Meta(String title, Optional<String> dek, Optional<LocalDate> date,
                Optional<LocalDate> updated, List<Author> authors, List<String> topics,
                Optional<String> summary, Status status, Optional<OffsetDateTime> embargo,
                Optional<String> classification, String lang, Map<String, Object> extra,
                Map<String, SourcePos> positions, Optional<OffsetDateTime> published,
                Optional<OffsetDateTime> revised, Optional<OffsetDateTime> expiry,
                Optional<String> slug, List<String> aliases) {
        this(title, dek, date, updated, authors, topics, summary, status, embargo, classification, lang, extra,
                positions, published, revised, expiry, slug, aliases, Optional.empty());
    }

    /** This front matter with {@code figure} as its cover image. */
    public Meta withCover(Block.Figure figure) {
        return new Meta(title, dek, date, updated, authors, topics, summary, status, embargo, classification, lang,
                extra, positions, published, revised, expiry, slug, aliases, Optional.of(figure));
    }

    /** Front matter with days only, the file's page name and no earlier addresses. */
    public Meta(String title, Optional<String> dek, Optional<LocalDate> date, Optional<LocalDate> updated,
                List<Author> authors, List<String> topics, Optional<String> summary, Status status,
                Optional<OffsetDateTime> embargo, Optional<String> classification, String lang,
                Map<String, Object> extra, Map<String, SourcePos> positions) {
        this(title, dek, date, updated, authors, topics, summary, status, embargo, classification, lang, extra,
                positions, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The moment of publication: the time given, else the start of the day in UTC. */
    public Optional<OffsetDateTime> publishedAt() {
        return published.or(() -> date.map(day -> day.atStartOfDay().atOffset(ZoneOffset.UTC)));
    }

    /** The moment of the last update, likewise; the publication's when there was none. */
    public Optional<OffsetDateTime> revisedAt() {
        Optional<OffsetDateTime> update = revised.or(() -> updated.map(day -> day.atStartOfDay().atOffset(ZoneOffset.UTC)));
        return update.or(this::publishedAt);
    }

    /**
     * How metadata (JSON-LD, Open Graph, the sitemap) writes a day with its optional time: the
     * ISO 8601 instant when a time was given ({@code 2020-04-03T20:26:28Z}), else the day.
     */
    public static Optional<String> iso(Optional<LocalDate> day, Optional<OffsetDateTime> time) {
        return time.map(t -> t.toInstant().toString()).or(() -> day.map(LocalDate::toString));
    }

    /** Where {@code key}'s value starts in the source, or the file's start when unknown. */
    public SourcePos positionOf(String key) {
        return positions.getOrDefault(key, SourcePos.START);
    }
}
