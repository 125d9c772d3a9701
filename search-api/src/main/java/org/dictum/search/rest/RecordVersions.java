package org.dictum.search.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.application.EditedVersion;

/**
 * A record's version as an HTTP entity tag ({@code "3"}), and the version a write is based on: the
 * {@code If-Match} header or the body's {@code version}, which must agree when both are given.
 * If-Match may list several tags (RFC 9110, 13.1.1: {@code "2", "3"}): the write goes ahead when one of
 * them is the record's current version, and fails its precondition (412) when none is.
 */
final class RecordVersions {

    private static final String BODY = "version";
    private static final String IF_MATCH = "If-Match";

    private RecordVersions() {
    }

    static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a write is based on; a write without one is refused, as it could overwrite unseen changes.
     * {@code current} reads the record's current version, which only an If-Match listing several versions needs.
     */
    static long readVersion(String ifMatch, OptionalLong bodyVersion, LongSupplier current) {
        bodyVersion.ifPresent(version -> EditedVersion.require(BODY, version));
        OptionalLong version = basedOn(ifMatch, bodyVersion, current);
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
     * the body's {@code version}, which must agree); null: whatever is current, as for {@code If-Match: *}.
     */
    static Long optionalVersion(String ifMatch, Long bodyVersion, LongSupplier current) {
        if (bodyVersion != null) {
            EditedVersion.require(BODY, bodyVersion);
        }
        OptionalLong body = bodyVersion == null ? OptionalLong.empty() : OptionalLong.of(bodyVersion);
        OptionalLong version = basedOn(ifMatch, body, current);
        return version.isPresent() ? Long.valueOf(version.getAsLong()) : null;
    }

    /**
     * The one version If-Match and the body name together: the body's, which must be one If-Match lists; If-Match's
     * only one; of several, the current one, when it is among them. A stale single version is left to the write to
     * refuse (409).
     */
    private static OptionalLong basedOn(String ifMatch, OptionalLong bodyVersion, LongSupplier current) {
        Set<Long> listed = fromIfMatch(ifMatch);
        if (listed.isEmpty()) {
            return bodyVersion;
        }
        if (bodyVersion.isPresent()) {
            if (!listed.contains(bodyVersion.getAsLong())) {
                throw new InvalidInputException(BODY, "If-Match names version" + (listed.size() == 1 ? " " : "s ")
                        + listed.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " but the body version " + bodyVersion.getAsLong());
            }
            return bodyVersion;
        }
        if (listed.size() == 1) {
            return OptionalLong.of(listed.iterator().next());
        }
        long now = current.getAsLong();
        if (!listed.contains(now)) {
            throw new UnmatchedEntityTagsException(ifMatch.strip(), now);
        }
        return OptionalLong.of(now);
    }

    /**
     * The versions the strong tags of If-Match name ({@code "3"}, or {@code "2", "3"}); none when it is absent or
     * {@code *} (any version). A weak tag ({@code W/"3"}) never matches under If-Match's strong comparison: it names
     * no version, and a header of weak tags only fails the precondition. A tag that is no version is invalid input.
     */
    static Set<Long> fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || isAnyVersion(ifMatch)) {
            return Set.of();
        }
        List<String> weak = new ArrayList<>();
        Set<Long> versions = new LinkedHashSet<>();
        for (String member : ifMatch.split(",")) {
            String tag = member.strip();
            if (tag.startsWith("W/")) {
                weak.add(tag);
            } else if (!tag.isEmpty()) {
                versions.add(version(tag, ifMatch));
            }
        }
        if (versions.isEmpty() && !weak.isEmpty()) {
            throw new WeakEntityTagException(String.join(", ", weak));
        }
        if (versions.isEmpty()) {
            throw new InvalidInputException(IF_MATCH, "If-Match must list entity tags as sent in ETag, e.g. \"3\"; was "
                    + ifMatch.strip());
        }
        return versions;
    }

    private static long version(String tag, String ifMatch) {
        boolean quoted = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"");
        String opaque = quoted ? tag.substring(1, tag.length() - 1) : tag;
        long version;
        try {
            version = Long.parseLong(opaque);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(IF_MATCH, "If-Match must list entity tags as sent in ETag, e.g. \"3\" or "
                    + "\"3\", \"4\" (or be *); was " + ifMatch.strip());
        }
        return EditedVersion.require(IF_MATCH, version);
    }

    private static boolean isAnyVersion(String ifMatch) {
        return ifMatch != null && ifMatch.strip().equals("*");
    }
}
