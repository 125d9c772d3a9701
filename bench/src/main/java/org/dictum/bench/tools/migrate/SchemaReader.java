package org.dictum.bench.tools.migrate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the tables of a connection's current schema from its JDBC metadata. */
final class SchemaReader {

    private SchemaReader() {
    }

    /** The base tables of the current schema by {@link Table#key()}, their columns, keys and references. */
    static Map<String, Table> tables(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String name : names) {
            Table table = table(metadata, connection.getCatalog(), schema, name);
            tables.put(table.key(), table);
        }
        return tables;
    }

    private static Table table(DatabaseMetaData metadata, String catalog, String schema, String name) throws SQLException {
        List<Table.Column> columns = new ArrayList<>();
        try (ResultSet rows = metadata.getColumns(catalog, schema, name, "%")) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                ColumnKind kind;
                try {
                    kind = ColumnKind.of(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + "." + column + ": " + e.getMessage(), e);
                }
                columns.add(new Table.Column(column, kind, rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        TreeMap<Short, String> primaryKey = new TreeMap<>();
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, name)) {
            while (rows.next()) {
                primaryKey.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        Set<String> referenced = new HashSet<>();
        List<String> selfReferences = new ArrayList<>();
        try (ResultSet rows = metadata.getImportedKeys(catalog, schema, name)) {
            while (rows.next()) {
                String target = rows.getString("PKTABLE_NAME");
                referenced.add(target);
                if (Table.key(target).equals(Table.key(name))) {
                    selfReferences.add(rows.getString("FKCOLUMN_NAME"));
                }
            }
        }
        return new Table(name, columns, new ArrayList<>(primaryKey.values()), referenced, selfReferences);
    }
}
