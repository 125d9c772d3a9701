package org.dictum.bench.tools.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/** One side of the copy: a JDBC URL and its credentials. */
record Endpoint(String url, String user, String password) {

    /** H2's error code for a database file locked by another process (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    Endpoint {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + url);
        }
    }

    /** H2's error code for a database file that does not exist (ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1). */
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    /**
     * Opens a connection without auto-commit; explains a database locked by a running portal. With
     * {@code mustExist}, an H2 URL naming no file fails instead of creating an empty database there.
     */
    Connection connect(String role, boolean mustExist) throws SQLException {
        boolean h2 = url.startsWith("jdbc:h2:");
        String effectiveUrl = mustExist && h2 && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")
                ? url + ";IFEXISTS=TRUE" : url;
        try {
            Connection connection = DriverManager.getConnection(effectiveUrl, user, password);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUseException("the " + role + " database " + url
                        + " is in use by another process (a running portal holds the H2 file lock):"
                        + " stop the portal (./dictum stop) and run the migration again", e);
            }
            if (h2 && e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                throw new MigrationRefusedException("the " + role + " database " + url + " does not exist"
                        + " (an H2 file URL names the file without .mv.db, e.g. jdbc:h2:file:./data/db/dictum)", e);
            }
            throw e;
        }
    }

    /** The database is used by another process, so that a consistent copy cannot be made. */
    static final class DatabaseInUseException extends MigrationRefusedException {
        DatabaseInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
