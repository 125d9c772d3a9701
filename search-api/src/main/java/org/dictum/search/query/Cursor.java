package org.dictum.search.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.dictum.domain.InvalidInputException;

/**
 * An opaque position in a sorted result, for deep paging without offsets: {@code searchAfter} in
 * requests, {@code nextCursor} in answers. For date orders it holds the last hit's date and id, so
 * it works at any depth; for relevance it holds an offset, bounded by the result window.
 *
 * @param date the last hit's date, null when it had none (dates sort last)
 */
public record Cursor(SortOrder sort, LocalDate date, long id, int offset) {

    private static final String VERSION = "c1";

    static Cursor after(SortOrder sort, LocalDate date, long id, int offset) {
        return new Cursor(sort, date, id, offset);
    }

    public String token() {
        String raw = String.join(":", VERSION, sort.parameter(), date == null ? "-" : date.toString(),
                Long.toString(id), Integer.toString(offset));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()} for a request sorted by {@code sort}. */
    public static Cursor parse(String token, SortOrder sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8).split(":");
            if (parts.length != 5 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("unknown format");
            }
            SortOrder order = SortOrder.byParameter(parts[1]).orElseThrow(() -> new IllegalArgumentException("sort"));
            if (order != sort) {
                throw new InvalidInputException("searchAfter", "searchAfter was made for sort=" + order.parameter()
                        + ", not sort=" + sort.parameter() + ": keep the other parameters of the first request");
            }
            LocalDate date = parts[2].equals("-") ? null : LocalDate.parse(parts[2]);
            long id = Long.parseLong(parts[3]);
            int offset = Integer.parseInt(parts[4]);
            // Only an edited token holds these: a negative offset failed in the page skip, the largest id
            // overflowed the index's "after this id" bound, both with 500.
            if (id < 1 || id == Long.MAX_VALUE || offset < 0) {
                throw new IllegalArgumentException("out of range");
            }
            return new Cursor(order, date, id, offset);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException("searchAfter", "searchAfter is not a cursor this API returned (nextCursor)");
        }
    }
}
