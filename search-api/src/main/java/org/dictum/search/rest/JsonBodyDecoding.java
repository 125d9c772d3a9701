package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.application.JsonKind;
import org.dictum.search.application.StrictJson;

/**
 * Reads JSON bodies in the charset their {@code Content-Type} declares (UTF-8 when it names none) and refuses bytes
 * that are not text in that charset. The JSON reader decoded every body as UTF-8 and put U+FFFD in place of what it
 * could not read, so a Latin-1 "Café" was archived as "Caf\uFFFD", answered 201, and the article's fixity hash
 * covered the damage. A leading byte-order mark is passed over, and the body must be exactly one JSON object
 * ({@link #checkOneObject}) without a NUL character ({@link NulCharacterGuard}). Runs after {@link RequestBodyGuard}, whose size limit applies to the bytes read here,
 * and after matching, so after {@link EndpointAccess}: run before it, a caller without the role or scope (or with a
 * token where the endpoint takes a password) was told that its body was malformed (400) rather than that it may not
 * make the request (403, 401), and a body sent to a path that names nothing was refused as malformed, not 404.
 */
@Provider
@Priority(Priorities.USER + 100)
public class JsonBodyDecoding implements ContainerRequestFilter {

    /** U+FEFF, which some editors and Windows tools put before UTF-8 text; the JSON binding refused it. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !isJson(type)) {
            return;
        }
        Charset charset = charsetOf(type);
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String decoded = decode(body, charset);
        String text = withoutByteOrderMark(decoded);
        NulCharacterGuard.checkBody(checkOneObject(text));
        if (charset.equals(StandardCharsets.UTF_8) && text.length() == decoded.length()) {
            request.setEntityStream(new ByteArrayInputStream(body));   // valid as it came: no need to encode it again
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE,
                new MediaType(type.getType(), type.getSubtype(), StandardCharsets.UTF_8.name()).toString());
    }

    /** The text without a leading byte-order mark, which JSON-B refused ("Unexpected char 65,279"). */
    static String withoutByteOrderMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    /**
     * Exactly one JSON object, nothing after it, no key twice ({@link StrictJson}): the binding behind this
     * filter reads the first value and keeps the last of duplicate keys.
     */
    static JsonValue checkOneObject(String text) {
        JsonValue value;
        try {
            value = StrictJson.read(text);
        } catch (StrictJson.MalformedJsonException e) {
            throw new JsonbException("The body must be one JSON value: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            // Every JSON body of the API is an object; JSON-B bound [{…}] to a record all the same.
            throw new JsonbException("The body must be a JSON object, not " + kindOf(value));
        }
        return value;
    }

    /** "an array", "a string", … for messages. */
    static String kindOf(JsonValue value) {
        return JsonKind.of(value).phrase();
    }

    static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("application") && (subtype.equals("json") || subtype.endsWith("+json"));
    }

    static Charset charsetOf(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new NotSupportedException("The charset '" + name + "' is not supported; send the body as UTF-8");
        }
    }

    /** The body as text; an error names the first byte that is not text in the charset (0-based). */
    static String decode(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        // Room for the most characters the bytes can make, so the decoder never overflows.
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidInputException("body", "The body is not valid " + charset.name() + " text: byte "
                    + in.position() + " cannot be read (declare the charset in Content-Type, or send UTF-8)");
        }
        return out.flip().toString();
    }
}
