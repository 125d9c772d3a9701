package org.dictum.bench.tools.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A table as the JDBC metadata of one database describes it: its name as that database spells it,
 * its columns in order, its primary key and the tables its foreign keys point to.
 */
record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> referencedTables,
        List<String> selfReferences) {

    Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        referencedTables = Set.copyOf(referencedTables);
        selfReferences = List.copyOf(selfReferences);
    }

    /** The name compared across databases: H2 folds unquoted names to upper case, PostgreSQL to lower. */
    String key() {
        return key(name);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The column of this table whose name matches {@code name} across databases. */
    Column column(String name) {
        return columns.stream().filter(c -> key(c.name()).equals(key(name))).findFirst()
                .orElseThrow(() -> new IllegalStateException("table " + this.name + " has no column " + name));
    }

    /** A column: its name in this database, how its values are copied, whether it accepts NULL. */
    record Column(String name, ColumnKind kind, boolean nullable) {
    }
}
