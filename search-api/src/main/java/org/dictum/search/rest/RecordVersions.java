package org.dictum.search.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;
import org.dictum.domain.InvalidInputException;

/**
 * A record's version as an HTTP entity tag ({@code "3"}), and the version a write is based on: the
 * {@code If-Match} header or the body's {@code version}, which must agree when both are given.
 */
final class RecordVersions {

    private RecordVersions() {
    }

    static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version a write is based on; a write without one is refused, as it could overwrite unseen changes. */
    static long readVersion(String ifMatch, OptionalLong bodyVersion) {
        OptionalLong headerVersion = fromIfMatch(ifMatch);
        if (headerVersion.isPresent() && bodyVersion.isPresent() && headerVersion.getAsLong() != bodyVersion.getAsLong()) {
            throw new InvalidInputException("version", "If-Match names version " + headerVersion.getAsLong()
                    + " but the body version " + bodyVersion.getAsLong());
        }
        OptionalLong version = headerVersion.isPresent() ? headerVersion : bodyVersion;
        if (version.isEmpty()) {
            throw new VersionRequiredException("Say which version you edited: send If-Match with the ETag you read "
                    + "(e.g. If-Match: \"3\") or \"version\" in the body");
        }
        return version.getAsLong();
    }

    /**
     * The version an authority or taxonomy write is based on, when the writer names one (If-Match or
     * the body's {@code version}, which must agree); null: whatever is current.
     */
    static Long optionalVersion(String ifMatch, Long bodyVersion) {
        OptionalLong header = fromIfMatch(ifMatch);
        if (header.isPresent() && bodyVersion != null && header.getAsLong() != bodyVersion) {
            throw new InvalidInputException("version", "If-Match names version " + header.getAsLong()
                    + " but the body version " + bodyVersion);
        }
        return header.isPresent() ? Long.valueOf(header.getAsLong()) : bodyVersion;
    }

    /** {@code "3"} or {@code W/"3"}; absent or {@code *} (any version) gives none. */
    static OptionalLong fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be one entity tag as sent in ETag, e.g. \"3\"; was "
                    + ifMatch.strip());
        }
    }
}
