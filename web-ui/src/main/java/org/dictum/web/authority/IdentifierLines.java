package org.dictum.web.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.search.authority.IdentifierEntry;

/** The Actors page writes an actor's identifiers one per line, scheme first: {@code viaf 113230702}. */
final class IdentifierLines {

    private IdentifierLines() {
    }

    static String format(List<IdentifierEntry> identifiers) {
        return identifiers.stream().map(id -> id.scheme() + " " + id.value()).collect(Collectors.joining("\n"));
    }

    /** Every non-blank line as an identifier; a line that is not one is refused with its number. */
    static List<ExternalIdentifier> parse(String text) {
        List<ExternalIdentifier> identifiers = new ArrayList<>();
        if (text == null) {
            return identifiers;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s:]+", 2);
            try {
                identifiers.add(ExternalIdentifier.of(parts[0], parts.length > 1 ? parts[1] : "", "identifiers"));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("identifiers", "Identifier line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return identifiers;
    }
}
