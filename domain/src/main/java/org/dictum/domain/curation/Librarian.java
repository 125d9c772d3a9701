package org.dictum.domain.curation;

import java.util.Objects;

/** The user who makes a curation decision, by user name: kept with the decision as its provenance. */
public record Librarian(String name) {

    public Librarian {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A librarian's name must not be blank");
        }
        name = name.strip();
    }
}
