package dev.galley.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * @param date           publication date
 * @param updated        date of the last substantive update
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
 */
public record Meta(String title, Optional<String> dek, Optional<LocalDate> date,
                   Optional<LocalDate> updated, List<Author> authors, List<String> topics,
                   Optional<String> summary, Status status, Optional<OffsetDateTime> embargo,
                   Optional<String> classification, String lang, Map<String, Object> extra,
                   Map<String, SourcePos> positions) {

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
    }

    /** Where {@code key}'s value starts in the source, or the file's start when unknown. */
    public SourcePos positionOf(String key) {
        return positions.getOrDefault(key, SourcePos.START);
    }
}
