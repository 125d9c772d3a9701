package org.dictum.bench.tools.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What differs between the supported databases for a copy: reading and moving sequences, quoting. */
enum Dialect {
    H2 {
        @Override
        long nextValue(Connection connection, Sequence sequence) throws SQLException {
            // BASE_VALUE is the value the next NEXT VALUE FOR returns.
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ? AND SEQUENCE_NAME = ?")) {
                query.setString(1, connection.getSchema());
                query.setString(2, sequence.name());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }

        @Override
        void restart(Connection connection, Sequence sequence, long nextValue) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER SEQUENCE " + quote(sequence.name()) + " RESTART WITH " + nextValue);
            }
        }
    },
    POSTGRESQL {
        @Override
        long nextValue(Connection connection, Sequence sequence) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT last_value, is_called FROM " + quote(sequence.name()))) {
                row.next();
                long last = row.getLong(1);
                return row.getBoolean(2) ? last + sequence.increment() : last;
            }
        }

        @Override
        void restart(Connection connection, Sequence sequence, long nextValue) throws SQLException {
            try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?, ?, false)")) {
                setval.setString(1, quote(sequence.name()));
                setval.setLong(2, nextValue);
                setval.execute();
            }
        }
    };

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String vendor = product.toLowerCase(Locale.ROOT);
        if (vendor.contains("postgres")) {
            return POSTGRESQL;
        }
        if (vendor.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("unsupported database '" + product + "': use H2 or PostgreSQL");
    }

    /** The sequences of the connection's current schema, with their increments. */
    List<Sequence> sequences(Connection connection) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sequence_name, increment FROM information_schema.sequences WHERE sequence_schema = ?"
                        + " ORDER BY sequence_name")) {
            query.setString(1, connection.getSchema());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sequences.add(new Sequence(rows.getString(1), Long.parseLong(rows.getString(2).trim())));
                }
            }
        }
        return sequences;
    }

    /** The value the sequence hands out next. */
    abstract long nextValue(Connection connection, Sequence sequence) throws SQLException;

    /** Makes the sequence hand out {@code nextValue} next. */
    abstract void restart(Connection connection, Sequence sequence, long nextValue) throws SQLException;

    /**
     * Gathers the query planner's statistics of every table. Both databases know the statement; on
     * PostgreSQL it matters: a freshly copied database has none until autovacuum comes round, and
     * the planner then scanned the million-row statement table for each batch of a reindex (about
     * 550 against 2,900 documents/s after ANALYZE).
     */
    void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /** A name as the database spells it, quoted so that case and reserved words survive. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A sequence as the database spells its name, and its increment. */
    record Sequence(String name, long increment) {
    }
}
