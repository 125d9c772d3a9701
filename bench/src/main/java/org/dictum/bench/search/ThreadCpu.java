package org.dictum.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time of a process's threads, grouped by thread name with the digits left out ("default
 * task-12" and "default task-3" are one group), from Linux's {@code /proc/PID/task}: which of the
 * server's threads a request costs, beside the request thread (the counting executor, the garbage
 * collector, the JIT compiler, the I/O threads). Linux keeps the first 15 characters of a name.
 * Threads that end between two snapshots are missing from the later one.
 */
final class ThreadCpu {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on

    /** The group of HotSpot's compiler threads, "C1 CompilerThread0" and "C2 CompilerThread0" as Linux shortens them. */
    static final String COMPILER_THREADS = "C# CompilerThre";

    private final Map<String, Long> ticksByGroup;

    private ThreadCpu(Map<String, Long> ticksByGroup) {
        this.ticksByGroup = ticksByGroup;
    }

    /** The current CPU time of each thread group of {@code pid}; empty where there is no {@code /proc}. */
    static Optional<ThreadCpu> of(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip();
                    ticks.merge(group(name), ticks(Files.readString(thread.resolve("stat"))), Long::sum);
                } catch (IOException ended) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new ThreadCpu(ticks));
    }

    /** A thread's group: its name without digits. */
    static String group(String threadName) {
        return threadName.replaceAll("[0-9]+", "#");
    }

    /** User plus system time of one {@code /proc/PID/task/TID/stat} line, in clock ticks. */
    static long ticks(String stat) {
        // The name, field 2, is in parentheses and may hold spaces: count fields after its closing one.
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]); // fields 14 (utime) and 15 (stime)
    }

    /** Milliseconds of CPU per request of each group since {@code before}, largest first, groups under 0.05 ms left out. */
    Map<String, Double> perRequestSince(ThreadCpu before, int requests) {
        Map<String, Double> millis = new LinkedHashMap<>();
        ticksByGroup.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.ticksByGroup.getOrDefault(e.getKey(), 0L))
                        * 1000.0 / TICKS_PER_SECOND / requests))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> millis.put(e.getKey(), e.getValue()));
        return millis;
    }

    /** Milliseconds of CPU per request of the JIT compiler's threads ({@code C1/C2 CompilerThread}) since {@code before}. */
    double compilerMillisPerRequestSince(ThreadCpu before, int requests) {
        long ticks = 0;
        for (Map.Entry<String, Long> group : ticksByGroup.entrySet()) {
            if (group.getKey().startsWith(COMPILER_THREADS)) {
                ticks += group.getValue() - before.ticksByGroup.getOrDefault(group.getKey(), 0L);
            }
        }
        return ticks * 1000.0 / TICKS_PER_SECOND / requests;
    }

    /** The per-request figures as table rows: thread group and milliseconds. */
    static List<String> rows(Map<String, Double> perRequest) {
        return perRequest.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "  %-18s %7.2f ms", e.getKey(), e.getValue())).toList();
    }
}
