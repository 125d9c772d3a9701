package org.dictum.search.reindex;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The server's heap when a run ended: in use now, live after the latest garbage collection (the
 * sum over the heap pools of what the last collection left; what the archive really holds), and
 * the maximum. Read from the platform MXBeans; no collection is forced.
 */
public record HeapFigures(long usedBytes, long afterLastGcBytes, long maxBytes) {

    static HeapFigures now() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long afterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage collected = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            afterGc += collected == null ? 0 : collected.getUsed();
        }
        return new HeapFigures(heap.getUsed(), afterGc, heap.getMax());
    }
}
