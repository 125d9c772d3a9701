package org.dictum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Runs the evaluations and prints one table: {@code Evaluate [--data DIR] [name ...]}. A data set
 * that is absent is reported as skipped, never as a failure.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data");
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else {
                wanted.add(args[i]);
            }
        }
        List<EvaluationReport> reports = new ArrayList<>();
        for (Evaluation evaluation : ServiceLoader.load(Evaluation.class)) {
            if (!wanted.isEmpty() && !wanted.contains(evaluation.name())) {
                continue;
            }
            Path dataset = data.resolve(evaluation.dataset());
            if (!Files.exists(dataset)) {
                System.out.printf(Locale.ROOT, "%-20s skipped: %s not found%n", evaluation.name(), dataset.toAbsolutePath());
                continue;
            }
            long started = System.nanoTime();
            EvaluationReport report = evaluation.run(data);
            System.out.printf(Locale.ROOT, "%-20s done in %.1f s%n", evaluation.name(), (System.nanoTime() - started) / 1e9);
            reports.add(report);
        }
        System.out.println();
        System.out.print(ReportTable.render(reports));
    }
}
