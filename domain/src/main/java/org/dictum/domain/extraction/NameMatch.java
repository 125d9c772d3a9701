package org.dictum.domain.extraction;

/**
 * Where the gazetteer found one of its names in a text.
 *
 * @param actor   the actor the words refer to
 * @param start   offset of the first character of the name
 * @param end     offset after the name (half-open)
 * @param surface the words as written ("Russian", "U.S.")
 */
record NameMatch(ActorReference actor, int start, int end, String surface) {
}
