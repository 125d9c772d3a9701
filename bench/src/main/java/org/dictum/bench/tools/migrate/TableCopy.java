package org.dictum.bench.tools.migrate;

import static org.dictum.bench.tools.migrate.Dialect.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies the rows of one table: streamed from the source ({@code fetchSize}), inserted into the
 * target in JDBC batches, committed per batch, so that memory stays bounded by one batch whatever
 * the table's size. Columns are matched by name and typed by the target's column ({@link ColumnKind}).
 * A column referencing its own table (a topic's parent) is inserted empty and set in a second pass,
 * once every row it may point to exists.
 */
final class TableCopy {

    private final Connection source;
    private final Connection target;
    private final int batchSize;

    TableCopy(Connection source, Connection target, int batchSize) {
        this.source = source;
        this.target = target;
        this.batchSize = batchSize;
    }

    /** Copies every row of {@code from} (the source's table) into {@code to}; returns the rows copied. */
    long copy(Table from, Table to) throws SQLException {
        List<Table.Column> columns = to.columns();
        List<Boolean> deferred = columns.stream().map(column -> isSelfReference(to, column)).toList();
        String select = "SELECT " + columns.stream().map(c -> quote(from.column(c.name()).name()))
                .collect(Collectors.joining(", ")) + " FROM " + quote(from.name());
        String insert = "INSERT INTO " + quote(to.name()) + " ("
                + columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        long rows = 0;
        try (Statement query = streaming(source);
                ResultSet result = query.executeQuery(select);
                PreparedStatement inserts = target.prepareStatement(insert)) {
            while (result.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    Table.Column column = columns.get(i);
                    Object value = deferred.get(i) ? null : column.kind().read(result, i + 1);
                    column.kind().write(inserts, i + 1, value);
                }
                inserts.addBatch();
                if (++rows % batchSize == 0) {
                    flush(inserts);
                }
            }
            flush(inserts);
        }
        for (int i = 0; i < columns.size(); i++) {
            if (deferred.get(i)) {
                linkSelfReferences(from, to, columns.get(i));
            }
        }
        return rows;
    }

    private static boolean isSelfReference(Table table, Table.Column column) {
        return table.selfReferences().stream().anyMatch(name -> Table.key(name).equals(Table.key(column.name())));
    }

    /** Second pass for a column pointing into its own table: {@code UPDATE ... SET column = ? WHERE key = ?}. */
    private void linkSelfReferences(Table from, Table to, Table.Column column) throws SQLException {
        if (!column.nullable() || to.primaryKey().isEmpty()) {
            throw new IllegalStateException("cannot copy " + to.name() + "." + column.name()
                    + ": it references its own table but is NOT NULL or the table has no primary key");
        }
        List<Table.Column> key = new ArrayList<>();
        to.primaryKey().forEach(name -> key.add(to.column(name)));
        String sourceColumn = quote(from.column(column.name()).name());
        String select = "SELECT " + sourceColumn + ", "
                + key.stream().map(k -> quote(from.column(k.name()).name())).collect(Collectors.joining(", "))
                + " FROM " + quote(from.name()) + " WHERE " + sourceColumn + " IS NOT NULL";
        String update = "UPDATE " + quote(to.name()) + " SET " + quote(column.name()) + " = ? WHERE "
                + key.stream().map(k -> quote(k.name()) + " = ?").collect(Collectors.joining(" AND "));
        long rows = 0;
        try (Statement query = streaming(source);
                ResultSet result = query.executeQuery(select);
                PreparedStatement updates = target.prepareStatement(update)) {
            while (result.next()) {
                column.kind().write(updates, 1, column.kind().read(result, 1));
                for (int i = 0; i < key.size(); i++) {
                    key.get(i).kind().write(updates, i + 2, key.get(i).kind().read(result, i + 2));
                }
                updates.addBatch();
                if (++rows % batchSize == 0) {
                    flush(updates);
                }
            }
            flush(updates);
        }
    }

    private void flush(PreparedStatement batch) throws SQLException {
        batch.executeBatch();
        target.commit();
    }

    /** A query whose rows the driver fetches a batch at a time (PostgreSQL needs a transaction for that). */
    private Statement streaming(Connection connection) throws SQLException {
        Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(batchSize);
        return statement;
    }
}
