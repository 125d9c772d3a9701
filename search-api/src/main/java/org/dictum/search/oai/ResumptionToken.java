package org.dictum.search.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.dictum.persistence.oai.ChangePosition;

/**
 * Where a list of records or identifiers goes on: the original request (prefix, set, from), the
 * fixed end of the harvest ({@code before}, the first request's time or its {@code until}), the
 * last article delivered, how many were delivered before, the list's size and when the token
 * expires. Stateless: everything is in the opaque, URL-safe token itself.
 */
public record ResumptionToken(String metadataPrefix, String set, Instant from, Instant before,
                              ChangePosition after, long cursor, long completeListSize, Instant expires) {

    private static final String VERSION = "r1";
    private static final String SEPARATOR = "|";
    private static final int FIELDS = 10;

    public String encode() {
        String plain = String.join(SEPARATOR, VERSION, metadataPrefix, set == null ? "" : set,
                from == null ? "" : Long.toString(micros(from)), Long.toString(micros(before)),
                Long.toString(micros(after.modifiedAt())), Long.toString(after.id()),
                Long.toString(cursor), Long.toString(completeListSize), Long.toString(expires.getEpochSecond()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The token's state, unless it is malformed or has expired at {@code now} (badResumptionToken). */
    public static ResumptionToken decode(String token, Instant now) {
        String[] fields;
        try {
            fields = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw bad("The resumptionToken is not one this repository issued");
        }
        if (fields.length != FIELDS || !VERSION.equals(fields[0]) || fields[1].isEmpty()) {
            throw bad("The resumptionToken is not one this repository issued");
        }
        try {
            ResumptionToken decoded = new ResumptionToken(fields[1], fields[2].isEmpty() ? null : fields[2],
                    fields[3].isEmpty() ? null : instant(fields[3]), instant(fields[4]),
                    new ChangePosition(instant(fields[5]), Long.parseLong(fields[6])),
                    Long.parseLong(fields[7]), Long.parseLong(fields[8]), Instant.ofEpochSecond(Long.parseLong(fields[9])));
            if (decoded.expires.isBefore(now)) {
                throw bad("The resumptionToken expired at " + OaiDates.format(decoded.expires) + "; start the list again");
            }
            if (decoded.cursor < 0 || decoded.completeListSize < decoded.cursor) {
                throw bad("The resumptionToken is not one this repository issued");
            }
            return decoded;
        } catch (NumberFormatException e) {
            throw bad("The resumptionToken is not one this repository issued");
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant instant(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }

    private static OaiException bad(String message) {
        return new OaiException(OaiError.BAD_RESUMPTION_TOKEN, message);
    }
}
