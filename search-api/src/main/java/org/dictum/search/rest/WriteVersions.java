package org.dictum.search.rest;

import org.dictum.domain.InvalidInputException;

/**
 * The version an authority or taxonomy write is based on: {@code If-Match} ({@code "3"}) or the
 * body's {@code version}, which must agree when both are given; none means "whatever is current".
 */
final class WriteVersions {

    private WriteVersions() {
    }

    static Long read(String ifMatch, Long bodyVersion) {
        Long header = fromIfMatch(ifMatch);
        if (header != null && bodyVersion != null && !header.equals(bodyVersion)) {
            throw new InvalidInputException("version", "If-Match names version " + header + " but the body version " + bodyVersion);
        }
        return header != null ? header : bodyVersion;
    }

    private static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be one entity tag as sent in ETag, e.g. \"3\"; was " + ifMatch.strip());
        }
    }
}
