package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.dictum.domain.ingest.StorableText;

/**
 * Refuses with 400 naming the parameter, header or member a NUL character (U+0000) anywhere a client sends text: path
 * and query parameters and the change reason header ({@link ChangeReasonHeader}, which the history stores) here, every
 * string and key of a JSON body through {@link #checkBody} ({@link JsonBodyDecoding} calls it). PostgreSQL cannot store NUL in text, nor compare with it, and only {@code POST /api/articles} refused it
 * ({@link StorableText}, whose rule this applies): a PATCH of an article's metadata, a new statement, an actor's alias,
 * a topic's label, a collection, a saved search or a token named with {@code \u0000}, or {@code GET
 * /api/collections/a%00}, failed with a 500 there (and was stored as sent on H2). No endpoint has a use for it.
 */
@Provider
@Priority(Priorities.USER + 100)
public class NulCharacterGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        checkParameters("path parameter", uri.getPathParameters(true));
        checkParameters("query parameter", uri.getQueryParameters(true));
        checkStoredHeaders(request.getHeaders());
    }

    /** The headers whose text is stored: the change reason, which the history keeps as it was sent. */
    static void checkStoredHeaders(MultivaluedMap<String, String> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (ChangeReasonHeader.NAME.equalsIgnoreCase(header.getKey())) {
                header.getValue().forEach(reason -> refuse("header", ChangeReasonHeader.NAME, reason));
            }
        }
    }

    static void checkParameters(String kind, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            refuse(kind, parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                refuse(kind, parameter.getKey(), value);
            }
        }
    }

    /** Every string and key of a JSON body, the member named by its path: {@code title}, {@code members[2].note}. */
    static void checkBody(JsonValue body) {
        check("", body);
    }

    private static void check(String path, JsonValue value) {
        if (value instanceof JsonString string) {
            refuse("field", path, string.getString());
        } else if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                String memberPath = path.isEmpty() ? shown(key) : path + "." + shown(key);
                refuse("field", memberPath, key);
                check(memberPath, member);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                check(path + "[" + i + "]", array.get(i));
            }
        }
    }

    private static void refuse(String kind, String name, String value) {
        StorableText.nulIn(kind, shown(name), value).ifPresent(refusal -> {
            throw refusal;
        });
    }

    /** A name as a problem can show it: a NUL in a key or parameter name as the escape that sent it. */
    private static String shown(String name) {
        return name.replace("\u0000", "\\u0000");
    }
}
