package org.dictum.search.imports.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The WARC records a {@link WarcSource} passed over, and why: said when none was left to import, where such an archive (a
 * crawl of images, of redirects, of requests only) completed having read nothing, without a word why.
 */
final class PassedOverRecords {

    /** How many different media types, statuses or record types are named as examples. */
    private static final int EXAMPLES = 3;

    private final Kind otherMedia = new Kind("response", "responses", "with another content type");
    private final Kind otherStatus = new Kind("response", "responses", "with an HTTP status other than 200");
    private final Kind otherRecords = new Kind("other record", "other records", null);

    /** A record that is no response: a request, metadata, warcinfo, a revisit. */
    void notAResponse(String type) {
        otherRecords.add(type);
    }

    /** A response whose HTTP status is not 200: a redirect, a page not found. */
    void status(int status) {
        otherStatus.add(Integer.toString(status));
    }

    /** A response with status 200 whose payload is neither HTML nor plain text: an image, a style sheet, a script. */
    void mediaType(String type) {
        otherMedia.add(type);
    }

    /** {@code crawl.warc holds no page to import: its 3 WARC records are 2 responses with another content type (…) and 1 …}. */
    String nothingToImport(String fileName) {
        List<String> parts = new ArrayList<>();
        for (Kind kind : List.of(otherMedia, otherStatus, otherRecords)) {
            kind.phrase().ifPresent(parts::add);
        }
        long records = otherMedia.count + otherStatus.count + otherRecords.count;
        String held = records == 0 ? "it holds no WARC record"
                : "its " + (records == 1 ? "only WARC record is " : records + " WARC records are ") + joined(parts);
        return fileName + " holds no page to import: " + held
                + "; format warc imports each response with HTTP status 200 and an HTML or plain-text body";
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Records passed over for one reason, with the first few values that made them so. */
    private static final class Kind {
        private final String one;
        private final String many;
        private final String reason;
        private final Set<String> examples = new LinkedHashSet<>();
        private long count;
        private boolean moreExamples;

        Kind(String one, String many, String reason) {
            this.one = one;
            this.many = many;
            this.reason = reason;
        }

        void add(String value) {
            count++;
            if (examples.size() < EXAMPLES || examples.contains(value)) {
                examples.add(value);
            } else {
                moreExamples = true;
            }
        }

        Optional<String> phrase() {
            if (count == 0) {
                return Optional.empty();
            }
            String values = String.join(", ", examples) + (moreExamples ? ", …" : "");
            String head = count + " " + (count == 1 ? one : many);
            return Optional.of(reason == null ? head + " (" + values + ")" : head + " " + reason + " (" + values + ")");
        }
    }
}
