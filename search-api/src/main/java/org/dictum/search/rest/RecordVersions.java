package org.dictum.search.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.application.EditedVersion;

/**
 * A record's version as an HTTP entity tag ({@code "3"}), and the version a write is based on: the
 * {@code If-Match} header or the body's {@code version}, which must agree when both are given.
 */
final class RecordVersions {

    private static final String BODY = "version";
    private static final String IF_MATCH = "If-Match";

    private RecordVersions() {
    }

    static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version a write is based on; a write without one is refused, as it could overwrite unseen changes. */
    static long readVersion(String ifMatch, OptionalLong bodyVersion) {
        OptionalLong headerVersion = fromIfMatch(ifMatch);
        bodyVersion.ifPresent(version -> EditedVersion.require(BODY, version));
        if (headerVersion.isPresent() && bodyVersion.isPresent() && headerVersion.getAsLong() != bodyVersion.getAsLong()) {
            throw new InvalidInputException(BODY, "If-Match names version " + headerVersion.getAsLong()
                    + " but the body version " + bodyVersion.getAsLong());
        }
        OptionalLong version = headerVersion.isPresent() ? headerVersion : bodyVersion;
        if (version.isEmpty()) {
            // If-Match: * is a precondition any version meets: it says no more than none, and the client did send If-Match.
            throw new VersionRequiredException((isAnyVersion(ifMatch) ? "If-Match: * names no version. " : "")
                    + "Say which version you edited: send If-Match with the ETag you read "
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
        if (bodyVersion != null) {
            EditedVersion.require(BODY, bodyVersion);
        }
        if (header.isPresent() && bodyVersion != null && header.getAsLong() != bodyVersion) {
            throw new InvalidInputException(BODY, "If-Match names version " + header.getAsLong()
                    + " but the body version " + bodyVersion);
        }
        return header.isPresent() ? Long.valueOf(header.getAsLong()) : bodyVersion;
    }

    /**
     * {@code "3"}; absent or {@code *} (any version) gives none. A weak tag ({@code W/"3"}) never
     * matches under If-Match's strong comparison, so it fails the precondition rather than naming a version.
     */
    static OptionalLong fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || isAnyVersion(ifMatch)) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new WeakEntityTagException(tag);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        long version;
        try {
            version = Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(IF_MATCH, "If-Match must be one entity tag as sent in ETag, e.g. \"3\"; was "
                    + ifMatch.strip());
        }
        return OptionalLong.of(EditedVersion.require(IF_MATCH, version));
    }

    private static boolean isAnyVersion(String ifMatch) {
        return ifMatch != null && ifMatch.strip().equals("*");
    }
}
