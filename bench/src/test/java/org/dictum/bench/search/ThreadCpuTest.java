package org.dictum.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void reads_user_and_system_ticks_after_a_name_with_spaces_and_parentheses() {
        String stat = "4711 (default task-1) S 1 4711 4711 0 -1 4194624 1200 0 3 0 250 17 0 0 20 0 90 0 12345";

        assertThat(ThreadCpu.ticks(stat)).isEqualTo(267);
        assertThat(ThreadCpu.ticks("12 (a (b) c) R 1 2 3 4 5 6 7 8 9 10 11 12 0 0 0")).isEqualTo(23);
    }

    @Test
    void groups_threads_by_name_without_digits() {
        assertThat(ThreadCpu.group("default task-12")).isEqualTo(ThreadCpu.group("default task-3")).isEqualTo("default task-#");
        assertThat(ThreadCpu.group("GC Thread#0")).isEqualTo("GC Thread##");
    }

    @Test
    void reads_this_process_when_proc_is_there() {
        java.util.Optional<ThreadCpu> self = ThreadCpu.of(ProcessHandle.current().pid());
        org.junit.jupiter.api.Assumptions.assumeTrue(self.isPresent(), "no /proc on this system");
        // Spin until this thread has used 300 ms of CPU, however long that takes on a loaded machine.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long spin = threads.getCurrentThreadCpuTime();
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() - spin < 300_000_000L) {
            for (int i = 0; i < 10_000; i++) {
                sink += Math.sqrt(sink + 1);
            }
        }
        ThreadCpu after = ThreadCpu.of(ProcessHandle.current().pid()).orElseThrow();

        assertThat(sink).isPositive();
        assertThat(after.perRequestSince(self.get(), 1).values().stream().mapToDouble(Double::doubleValue).sum())
                .isGreaterThan(100.0);
    }
}
