package org.dictum.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * When a test or a whole test class fails, prints what the Arquillian server logged at ERROR since
 * the class started (and the transaction manager's warnings: timeouts) (at most {@value #MAX_LINES} lines, with the first "Caused by" of each), so that
 * a failed CI run says why the server answered 500 or refused a deployment: the build keeps the
 * test output, not {@code target/server/standalone/log/server.log}. Registered in
 * META-INF/services; silent where there is no server log (unit runs, the servers of ImportCrashIT
 * and TwoNodesIT log elsewhere).
 */
public class ServerLogOnFailure implements TestExecutionListener {

    static final int MAX_LINES = 40;
    private static final Pattern LOG_RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern ERROR_RECORD = Pattern.compile("^\\S+ \\S+ (ERROR |WARN  \\[com\\.arjuna)");

    private final Path log = Path.of(System.getProperty("jboss.home", "target/server"), "standalone/log/server.log");
    private long classStart;
    private long reportedUpTo;

    @Override
    public void executionStarted(TestIdentifier test) {
        if (isClass(test)) {
            classStart = size();
            reportedUpTo = classStart;
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.FAILED || !Files.isRegularFile(log)) {
            return;
        }
        long to = size();
        long from = Math.max(classStart, reportedUpTo);
        if (from > to) {
            from = 0;   // the log was rotated meanwhile
        }
        reportedUpTo = to;
        List<String> errors = errorsBetween(from, to);
        StringBuilder report = new StringBuilder("\n--- ").append(test.getDisplayName())
                .append(" failed; the server logged ").append(errors.isEmpty() ? "no ERROR" : "at ERROR")
                .append(" meanwhile (").append(log).append(")\n");
        errors.forEach(line -> report.append(line).append('\n'));
        System.err.print(report.append("---\n"));
    }

    /** ERROR records between two offsets of the log, each with the first "Caused by" line under it. */
    List<String> errorsBetween(long from, long to) {
        List<String> lines = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            byte[] bytes = new byte[(int) Math.min(to - from, 64L << 20)];
            file.readFully(bytes);
            boolean inError = false;
            boolean causeShown = false;
            int omitted = 0;
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (LOG_RECORD.matcher(line).find()) {
                    inError = ERROR_RECORD.matcher(line).find();
                    causeShown = false;
                    if (inError && !add(lines, line)) {
                        omitted++;
                    }
                } else if (inError && !causeShown && line.startsWith("Caused by:")) {
                    causeShown = true;
                    add(lines, "    " + line);
                }
            }
            if (omitted > 0) {
                lines.add("... and " + omitted + " more ERROR records");
            }
        } catch (IOException e) {
            lines.add("(could not read the server log: " + e + ")");
        }
        return lines;
    }

    private static boolean add(List<String> lines, String line) {
        if (lines.size() >= MAX_LINES) {
            return false;
        }
        lines.add(line.length() > 600 ? line.substring(0, 600) + " [...]" : line);
        return true;
    }

    private static boolean isClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    private long size() {
        try {
            return Files.isRegularFile(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
