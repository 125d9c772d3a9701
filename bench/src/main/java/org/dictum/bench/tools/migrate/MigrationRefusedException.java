package org.dictum.bench.tools.migrate;

/** The copy cannot start safely (a database in use, a target holding data, schema versions apart). */
class MigrationRefusedException extends IllegalStateException {

    MigrationRefusedException(String message) {
        super(message);
    }

    MigrationRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
