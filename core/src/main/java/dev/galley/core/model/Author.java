package dev.galley.core.model;

import java.util.Objects;
import java.util.Optional;

/** A person on the byline, with an optional role such as "Senior analyst". */
public record Author(String name, Optional<String> role) {
    public Author {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
    }

    public static Author named(String name) {
        return new Author(name, Optional.empty());
    }
}
