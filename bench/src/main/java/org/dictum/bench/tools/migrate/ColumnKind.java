package org.dictum.bench.tools.migrate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * How one column's values travel from the source to the target: read with the JDBC accessor that
 * both databases map the same way, written with the matching setter. Decided from the target
 * column's JDBC type and type name, because drivers disagree on some codes (PostgreSQL reports
 * {@code timestamptz} as {@link Types#TIMESTAMP}, H2 reports {@code UUID} as {@link Types#BINARY}).
 */
enum ColumnKind {
    TEXT(Types.VARCHAR, ResultSet::getString),
    BINARY(Types.VARBINARY, ResultSet::getBytes),
    BOOLEAN(Types.BOOLEAN, primitive(ResultSet::getBoolean)),
    SMALL_INTEGER(Types.SMALLINT, primitive(ResultSet::getShort)),
    INTEGER(Types.INTEGER, primitive(ResultSet::getInt)),
    BIG_INTEGER(Types.BIGINT, primitive(ResultSet::getLong)),
    DOUBLE(Types.DOUBLE, primitive(ResultSet::getDouble)),
    DECIMAL(Types.NUMERIC, ResultSet::getBigDecimal),
    DATE(Types.DATE, (row, column) -> row.getObject(column, LocalDate.class)),
    TIME(Types.TIME, (row, column) -> row.getObject(column, LocalTime.class)),
    TIMESTAMP(Types.TIMESTAMP, (row, column) -> row.getObject(column, LocalDateTime.class)),
    /**
     * The instant and its offset, never shifted through the JVM's time zone. Written as an untyped
     * null: PostgreSQL's driver knows no TIMESTAMP_WITH_TIMEZONE code.
     */
    TIMESTAMP_WITH_TIME_ZONE(Types.NULL, (row, column) -> row.getObject(column, OffsetDateTime.class)),
    /** Written as an untyped null too. */
    UUID_VALUE(Types.NULL, (row, column) -> row.getObject(column, UUID.class));

    /** Reads a column of the current row. */
    @FunctionalInterface
    private interface Reader {
        Object read(ResultSet row, int column) throws SQLException;
    }

    private final int nullType;
    private final Reader reader;

    ColumnKind(int nullType, Reader reader) {
        this.nullType = nullType;
        this.reader = reader;
    }

    /** A getter of a primitive, which answers 0 or false for SQL NULL: {@code wasNull} tells them apart. */
    private static Reader primitive(Reader getter) {
        return (row, column) -> {
            Object value = getter.read(row, column);
            return row.wasNull() ? null : value;
        };
    }

    /** The kind for a column of this JDBC type and database type name (DatabaseMetaData.getColumns). */
    static ColumnKind of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return UUID_VALUE;
        }
        if (name.equals("timestamptz") || name.contains("with time zone")) {
            return name.startsWith("time ") ? TIME : TIMESTAMP_WITH_TIME_ZONE;
        }
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
                    Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB -> TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT -> SMALL_INTEGER;
            case Types.INTEGER -> INTEGER;
            case Types.BIGINT -> BIG_INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> DOUBLE;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_TIME_ZONE;
            default -> throw new IllegalArgumentException("no mapping for the column type " + typeName
                    + " (JDBC type " + jdbcType + "): extend ColumnKind");
        };
    }

    /** The column's value in the current row, {@code null} for SQL NULL. */
    Object read(ResultSet row, int column) throws SQLException {
        return reader.read(row, column);
    }

    void write(PreparedStatement insert, int parameter, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(parameter, nullType);
        } else {
            insert.setObject(parameter, value);
        }
    }
}
