package org.dictum.search.security;

import java.time.Instant;

/**
 * Whether anonymous visitors may read: {@code publicRead} as it applies now, {@code configured} the
 * configuration's default ({@code dictum.security.public-read}), and the administrator's override
 * ({@code override}, null when there is none) with who set it and when.
 */
public record PublicReadSetting(boolean publicRead, boolean configured, Boolean override, String changedBy, Instant changedAt) {
}
