package org.dictum.search.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.curation.StatementCorrection;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;

/**
 * A JSON merge patch (RFC 7396) of a statement: a member that is present replaces that part (null
 * clears it), an absent one leaves it alone. Parts: {@code speaker} (as written), {@code speakerActor}
 * (an actor's canonical name), {@code cue}, {@code start}/{@code end} (the content span in the
 * article's main text), {@code statementDate}, {@code mentionedActors} and {@code topics} (arrays of
 * names and labels); also {@code version} and {@code reason}. Unknown members are refused.
 */
public final class StatementPatch {

    private static final Map<String, Integer> TEXTS = Map.of("speaker", 500, "speakerActor", 500, "cue", 100,
            "statementDate", 40, "reason", 1000);
    private static final Set<String> NUMBERS = Set.of("start", "end", "version");
    private static final Set<String> LISTS = Set.of("mentionedActors", "topics");

    private final JsonObject body;

    private StatementPatch(JsonObject body) {
        this.body = body;
    }

    public static StatementPatch parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("body", "A JSON object is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The body must be one JSON object: " + e.getMessage());
        }
    }

    public static StatementPatch of(JsonObject body) {
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String name = member.getKey();
            JsonValue value = member.getValue();
            if (NUMBERS.contains(name)) {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    throw new InvalidInputException(name, name + " must be a whole number");
                }
            } else if (TEXTS.containsKey(name)) {
                if (value.getValueType() != JsonValue.ValueType.NULL && !(value instanceof JsonString)) {
                    throw new InvalidInputException(name, name + " must be a string or null");
                }
                if (value instanceof JsonString string && string.getString().length() > TEXTS.get(name)) {
                    throw new InvalidInputException(name, name + " has at most " + TEXTS.get(name) + " characters");
                }
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

    public OptionalLong version() {
        return body.containsKey("version") ? OptionalLong.of(body.getJsonNumber("version").longValueExact())
                : OptionalLong.empty();
    }

    public Optional<String> reason() {
        return text("reason");
    }

    /**
     * The statement after the patch. {@code actors} and {@code topics} find an actor by canonical name
     * and a topic by label, refusing unknown ones.
     */
    public StatementCorrection applyTo(StatementCorrection current, Function<String, Actor> actors,
                                       Function<String, Topic> topics) {
        String speakerMention = edited("speaker") ? text("speaker").orElse(null) : current.speakerMention();
        Actor speaker = edited("speakerActor") ? text("speakerActor").map(actors).orElse(null) : current.speaker();
        String cue = edited("cue") ? text("cue").orElse(null) : current.cue();
        int start = edited("start") ? number("start") : current.span().start();
        int end = edited("end") ? number("end") : current.span().end();
        LocalDate date = edited("statementDate") ? Dates.dateOf("statementDate", text("statementDate").orElse(null))
                : current.statementDate();
        Set<Actor> mentioned = edited("mentionedActors") ? names("mentionedActors", actors) : current.mentionedActors();
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

    private boolean edited(String name) {
        return body.containsKey(name);
    }

    private int number(String name) {
        JsonNumber number = body.getJsonNumber(name);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(name, name + " is out of range");
        }
    }

    private <T> Set<T> names(String name, Function<String, T> resolve) {
        Set<T> result = new LinkedHashSet<>();
        if (body.get(name) instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).stream().map(JsonString::getString).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(resolve).forEach(result::add);
        }
        return result;
    }

    private Optional<String> text(String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString string && !string.getString().isBlank()
                ? Optional.of(string.getString().strip()) : Optional.empty();
    }
}
