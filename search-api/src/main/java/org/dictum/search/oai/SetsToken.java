package org.dictum.search.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a ListSets answer goes on: after the set {@code lastSpec}, {@code cursor} sets delivered before. */
public record SetsToken(String lastSpec, long cursor, Instant expires) {

    private static final String VERSION = "s1";

    public String encode() {
        String plain = VERSION + "|" + lastSpec + "|" + cursor + "|" + expires.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static SetsToken decode(String token, Instant now) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length != 4 || !VERSION.equals(fields[0]) || fields[1].indexOf(':') < 1) {
                throw bad("The resumptionToken is not one this repository issued for ListSets");
            }
            SetsToken decoded = new SetsToken(fields[1], Long.parseLong(fields[2]), Instant.ofEpochSecond(Long.parseLong(fields[3])));
            if (decoded.expires.isBefore(now)) {
                throw bad("The resumptionToken expired at " + OaiDates.format(decoded.expires) + "; start the list again");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw bad("The resumptionToken is not one this repository issued for ListSets");
        }
    }

    String kind() {
        return lastSpec.substring(0, lastSpec.indexOf(':'));
    }

    String key() {
        return lastSpec.substring(lastSpec.indexOf(':') + 1);
    }

    private static OaiException bad(String message) {
        return new OaiException(OaiError.BAD_RESUMPTION_TOKEN, message);
    }
}
