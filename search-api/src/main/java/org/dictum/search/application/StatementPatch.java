package org.dictum.search.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.curation.StatementCorrection;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;

/**
 * A JSON merge patch (RFC 7396) of a statement: a member that is present replaces that part (null
 * clears it), an absent one leaves it alone. Parts: {@code speaker} (as written), {@code speakerActor}
 * (an actor's name, read as ingestion reads it), {@code cue}, {@code start}/{@code end} (the content span in the
 * article's main text), {@code statementDate}, {@code mentionedActors} and {@code topics} (arrays of
 * names and labels); also {@code version} and {@code reason}. Unknown members are refused.
 */
public final class StatementPatch extends JsonMergePatch {

    private static final Map<String, Integer> TEXTS = Map.of("speaker", 500, "speakerActor", 500, "cue", 100,
            "statementDate", 40, "reason", MAX_REASON_LENGTH);
    private static final Set<String> NUMBERS = Set.of("start", "end");
    private static final Set<String> LISTS = Set.of("mentionedActors", "topics");

    private StatementPatch(JsonObject body) {
        super(body);
    }

    public static StatementPatch parse(String json) {
        return of(readObject(json));
    }

    public static StatementPatch of(JsonObject body) {
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String name = member.getKey();
            JsonValue value = member.getValue();
            if (name.equals(VERSION)) {
                continue; // read by JsonMergePatch
            }
            if (NUMBERS.contains(name)) {
                requireWholeNumber(name, value);
            } else if (TEXTS.containsKey(name)) {
                requireText(name, value, TEXTS.get(name));
            } else if (LISTS.contains(name)) {
                if (value.getValueType() != JsonValue.ValueType.NULL && !(value instanceof JsonArray array
                        && array.stream().allMatch(JsonString.class::isInstance))) {
                    throw new InvalidInputException(name, name + " must be an array of strings or null");
                }
            } else {
                throw new InvalidInputException(name, name + " cannot be corrected; correctable: speaker, speakerActor, "
                        + "cue, start, end, statementDate, mentionedActors, topics (and version, reason)");
            }
        }
        return new StatementPatch(body);
    }

    /**
     * The statement after the patch. {@code actors} finds the actor a name leads to (a merged one's survivor), refusing an unknown one with the
     * member it came from ({@code speakerActor} or {@code mentionedActors}); {@code topics} a topic by label.
     */
    public StatementCorrection applyTo(StatementCorrection current, BiFunction<String, String, Actor> actors,
                                       Function<String, Topic> topics) {
        String speakerMention = edited("speaker") ? text("speaker").orElse(null) : current.speakerMention();
        Actor speaker = edited("speakerActor") ? text("speakerActor").map(name -> actors.apply("speakerActor", name)).orElse(null) : current.speaker();
        String cue = edited("cue") ? text("cue").orElse(null) : current.cue();
        int start = edited("start") ? number("start") : current.span().start();
        int end = edited("end") ? number("end") : current.span().end();
        LocalDate date = edited("statementDate") ? Dates.plausibleDateOf("statementDate", text("statementDate").orElse(null))
                : current.statementDate();
        Set<Actor> mentioned = edited("mentionedActors") ? names("mentionedActors", name -> actors.apply("mentionedActors", name)) : current.mentionedActors();
        Set<Topic> about = edited("topics") ? names("topics", topics) : current.topics();
        return new StatementCorrection(speakerMention, speaker, cue, span(start, end), date, mentioned, about);
    }

    /** A span from request numbers, refused with the field at fault. */
    static TextSpan span(int start, int end) {
        if (start < 0) {
            throw new InvalidInputException("start", "start must not be negative, was " + start);
        }
        if (end <= start) {
            throw new InvalidInputException("end", "end must be after start (" + start + "), was " + end);
        }
        return new TextSpan(start, end);
    }

    private int number(String name) {
        JsonNumber number = (JsonNumber) member(name);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(name, name + " is out of range");
        }
    }

    private <T> Set<T> names(String name, Function<String, T> resolve) {
        Set<T> result = new LinkedHashSet<>();
        if (member(name) instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).stream().map(JsonString::getString).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(resolve).forEach(result::add);
        }
        return result;
    }
}
