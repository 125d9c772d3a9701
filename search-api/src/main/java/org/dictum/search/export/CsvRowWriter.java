package org.dictum.search.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Rows as {@link CsvTable} CSV; a list becomes its values joined by {@value #LIST_SEPARATOR}. */
final class CsvRowWriter<R> implements RowWriter<R> {

    static final String LIST_SEPARATOR = "; ";

    private final List<Column<R>> columns;
    private final CsvTable table;

    CsvRowWriter(List<Column<R>> columns, OutputStream out) {
        this.columns = columns;
        this.table = CsvTable.writingTo(out, columns.stream().map(Column::name).toList());
    }

    @Override
    public void write(R row) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            Object value = column.value().apply(row);
            cells.add(value instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR)) : value);
        }
        table.row(cells);
    }

    @Override
    public void finish() {
        table.flush();
    }
}
