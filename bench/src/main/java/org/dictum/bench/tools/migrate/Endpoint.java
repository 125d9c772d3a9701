package org.dictum.bench.tools.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One side of the copy: a JDBC URL and its credentials. */
record Endpoint(String url, String user, String password) {

    /** H2's error code for a database file locked by another process (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    Endpoint {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + url);
        }
    }

    /** Opens a connection without auto-commit; explains a database locked by a running portal. */
    Connection connect(String role) throws SQLException {
        try {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUseException("the " + role + " database " + url
                        + " is in use by another process (a running portal holds the H2 file lock):"
                        + " stop the portal (./dictum stop) and run the migration again", e);
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
