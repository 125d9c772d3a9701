package org.dictum.search.export;

import java.util.function.Function;

/**
 * One attribute of an exported row: its name (CSV header, JSON member) and how to read it. Values are
 * strings, numbers, booleans, dates and times (written in ISO 8601), lists of strings, or null.
 */
public record Column<R>(String name, Function<R, Object> value) {
}
