package org.dictum.bench;

import java.nio.file.Path;

/** One measurement on one data set under {@code ../shared/data}. */
public interface Evaluation {

    /** Short name used on the command line, e.g. {@code main-text}. */
    String name();

    /** The folder under the data directory that this evaluation reads, e.g. {@code l3s-gn1}. */
    String dataset();

    /** Runs the measurement; called only when {@code dataDir.resolve(dataset())} exists. */
    EvaluationReport run(Path dataDir) throws Exception;
}
