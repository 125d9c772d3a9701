package org.dictum.search.history;

import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

/**
 * What a librarian knows a record by, for the title of its history: an article's title, a statement's speaker and
 * opening words, an actor's name, a topic's or collection's label. A record's id means nothing to a reader; it is
 * shown beside the name, not instead of it. Empty when the record has nothing to be known by (an untitled article).
 */
final class RecordNames {

    /** How much of a statement's content names it: its opening words, cut at a word. */
    static final int OPENING_LENGTH = 60;

    private RecordNames() {
    }

    static Optional<String> of(Article a) {
        return a.getTitle().filter(t -> !t.isBlank()).map(RecordNames::quoted);
    }

    /** {@code by Boris Johnson: “We will leave the EU on 31 October …”}: the linked actor's name, or the speaker as written. */
    static Optional<String> of(Statement s) {
        Optional<String> speaker = s.getSpeaker().map(Actor::getCanonicalName).or(s::getSpeakerMention).filter(n -> !n.isBlank());
        return Optional.of(speaker.map(n -> "by " + n.strip() + ": ").orElse("") + quoted(opening(s.getContent())));
    }

    static Optional<String> of(Actor a) {
        return Optional.ofNullable(a.getCanonicalName());
    }

    static Optional<String> of(Topic t) {
        return Optional.ofNullable(t.getLabel()).map(RecordNames::quoted);
    }

    static Optional<String> of(org.dictum.domain.collection.Collection c) {
        return Optional.ofNullable(c.getTitle()).map(RecordNames::quoted);
    }

    /** The opening words of a text, on one line, cut at a word with an ellipsis when it is longer than {@link #OPENING_LENGTH}. */
    static String opening(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.length() <= OPENING_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', OPENING_LENGTH);
        return line.substring(0, cut > 0 ? cut : OPENING_LENGTH) + " \u2026";
    }

    private static String quoted(String text) {
        return "\u201c" + text.strip() + "\u201d";
    }
}
