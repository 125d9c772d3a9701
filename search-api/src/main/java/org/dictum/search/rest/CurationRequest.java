package org.dictum.search.rest;

import jakarta.validation.constraints.Size;
import java.util.OptionalLong;

/**
 * The body of a curation step (verify, reject, withdraw, restore, re-extract): the {@code version}
 * the librarian read (or If-Match) and the {@code reason} (or X-Dictum-Reason). May be absent when
 * both come as headers.
 */
public record CurationRequest(Long version, @Size(max = 1000, message = "reason has at most 1000 characters") String reason) {

    static OptionalLong versionOf(CurationRequest body) {
        return body == null || body.version() == null ? OptionalLong.empty() : OptionalLong.of(body.version());
    }

    static String reasonOf(CurationRequest body) {
        return body == null ? null : body.reason();
    }
}
