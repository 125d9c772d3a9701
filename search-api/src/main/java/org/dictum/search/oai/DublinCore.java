package org.dictum.search.oai;

import java.util.List;

/** An article as unqualified Dublin Core: each element's values in the order they are written. */
public record DublinCore(List<String> titles, List<String> creators, List<String> subjects,
                         List<String> descriptions, List<String> publishers, List<String> dates,
                         List<String> types, List<String> identifiers, List<String> languages) {
}
