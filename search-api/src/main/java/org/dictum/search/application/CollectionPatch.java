package org.dictum.search.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.collection.Collection;
import org.dictum.search.collection.CollectionEdit;

/**
 * A JSON merge patch (RFC 7396) of a collection: {@code title}, {@code description} and {@code visibility}; also
 * {@code version} and {@code reason}. An absent member leaves its part alone; null removes it, which only the
 * description may be (null or {@code ""} clears it): a collection always has a title and a visibility, so a null
 * one is refused rather than read as "unchanged". Unknown members are refused.
 */
public final class CollectionPatch extends JsonMergePatch {

    private static final Map<String, Integer> TEXTS = Map.of("title", Collection.MAX_TITLE_LENGTH,
            "description", Collection.MAX_DESCRIPTION_LENGTH, "visibility", 16, "reason", MAX_REASON_LENGTH);
    private static final Set<String> REQUIRED = Set.of("title", "visibility");

    private CollectionPatch(JsonObject body) {
        super(body);
    }

    public static CollectionPatch parse(String json) {
        return of(readObject(json));
    }

    public static CollectionPatch of(JsonObject body) {
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String name = member.getKey();
            JsonValue value = member.getValue();
            if (name.equals(VERSION)) {
                continue; // read by JsonMergePatch
            }
            if (!TEXTS.containsKey(name)) {
                throw new InvalidInputException(name, name + " cannot be edited; editable: title, description, "
                        + "visibility (and version, reason)");
            }
            if (REQUIRED.contains(name) && value.getValueType() == JsonValue.ValueType.NULL) {
                throw new InvalidInputException(name, name + " cannot be removed: a collection always has one");
            }
            requireText(name, value, TEXTS.get(name));
        }
        return new CollectionPatch(body);
    }

    /** The change to apply: null where the patch leaves a part alone, an empty description where it clears it. */
    public CollectionEdit toEdit() {
        String description = edited("description") ? text("description").orElse("") : null;
        return new CollectionEdit(given("title"), description, given("visibility"));
    }

    /** The member's text as given (the collection judges a blank one), null when absent. */
    private String given(String name) {
        return member(name) instanceof JsonString string ? string.getString() : null;
    }
}
