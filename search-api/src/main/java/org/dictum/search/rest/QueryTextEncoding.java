package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dictum.search.imports.source.Utf8Files;
import org.dictum.domain.InvalidInputException;

/**
 * Refuses with 400 naming the parameter a query whose percent-encoded bytes are no UTF-8 text ({@code q=%E0%A4}): the
 * container decoded them to U+FFFD replacement characters and the search ran for a text nobody sent, answering 200.
 * (A broken escape such as {@code %zz} never gets this far: docs/API.md, "Malformed addresses".)
 */
@Provider
@PreMatching
@Priority(Priorities.USER)
public class QueryTextEncoding implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        malformedParameter(request.getUriInfo().getRequestUri().getRawQuery()).ifPresent(name -> {
            throw new InvalidInputException(name, name + " is not UTF-8 text once percent-decoded: encode each byte of"
                    + " a UTF-8 character as %XX");
        });
    }

    /** The name of the first parameter of a raw query whose name or value decodes to no UTF-8 text. */
    static Optional<String> malformedParameter(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> decodedName = decoded(name);
            if (decodedName.isEmpty() || equals >= 0 && decoded(pair.substring(equals + 1)).isEmpty()) {
                return Optional.of(decodedName.orElse(name));
            }
        }
        return Optional.empty();
    }

    /** The text of a percent-encoded part; empty when its bytes are no UTF-8 (a broken escape is left as written). */
    private static Optional<String> decoded(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%' && i + 2 < part.length() && hex(part.charAt(i + 1)) >= 0 && hex(part.charAt(i + 2)) >= 0) {
                bytes.write(hex(part.charAt(i + 1)) * 16 + hex(part.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(Utf8Files.strictDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
