package org.dictum.bench.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java heap in use according to {@code jcmd PID GC.heap_info}: the sum of the "used" figures
 * of the heap's lines (one for G1 and ZGC, one per generation for Serial and Parallel), leaving out
 * Metaspace and its class space, which are not heap.
 */
final class HeapInfo {

    private static final Pattern USED = Pattern.compile("\\bused (\\d+)K");

    private HeapInfo() {
    }

    /** Bytes of heap in use, or -1 when the output names none. */
    static long usedBytes(String heapInfo) {
        long usedKiB = 0;
        boolean found = false;
        for (String line : heapInfo.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Metaspace") || trimmed.startsWith("class space") || !trimmed.contains("total")) {
                continue;
            }
            Matcher used = USED.matcher(trimmed);
            if (used.find()) {
                usedKiB += Long.parseLong(used.group(1));
                found = true;
            }
        }
        return found ? usedKiB * 1024 : -1;
    }
}
