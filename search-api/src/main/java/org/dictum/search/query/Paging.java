package org.dictum.search.query;

import org.dictum.domain.InvalidInputException;

/**
 * The one wording of refused paging parameters ({@code offset}, {@code limit}, {@code page}, {@code size}) on every
 * list of the API: "offset must be 0 or more, was -1", "limit must be between 1 and 100, was 0", "page must be a
 * whole number, was 'abc'". Each list used to word them its own way ("must not be negative", "must be 0 or more",
 * "page starts at 1", Bean Validation's "must be greater than or equal to 0"), and some answered a word where a
 * number belongs with 404 rather than 400.
 */
public final class Paging {

    private Paging() {
    }

    /** The whole number a paging parameter's text gives, refused (400 naming it) when it is none or too large. */
    public static int number(String name, String text) {
        String stripped = text.strip();
        try {
            return Integer.parseInt(stripped);
        } catch (NumberFormatException e) {
            if (stripped.matches("\\+?\\d+")) {
                throw new InvalidInputException(name, name + " is too large: at most " + Integer.MAX_VALUE + ", was '" + text + "'");
            }
            throw new InvalidInputException(name, name + " must be a whole number, was '" + text + "'");
        }
    }

    /** The number of list entries to skip: 0 or more. */
    public static int offset(int offset) {
        return atLeast("offset", offset, 0);
    }

    /** The most list entries to answer: 1 to {@code max}. */
    public static int limit(int limit, int max) {
        return between("limit", limit, 1, max);
    }

    /** A page number, from 1. */
    public static int page(int page) {
        return atLeast("page", page, 1);
    }

    /** A value of parameter {@code name} that must not be below {@code min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new InvalidInputException(name, name + " must be " + min + " or more, was " + value);
        }
        return value;
    }

    /** A value of parameter {@code name} from {@code min} to {@code max}, both included. */
    public static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(name, name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
