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
    TEXT(Types.VARCHAR) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getString(column);
        }
    },
    BINARY(Types.VARBINARY) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getBytes(column);
        }
    },
    BOOLEAN(Types.BOOLEAN) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            boolean value = row.getBoolean(column);
            return row.wasNull() ? null : value;
        }
    },
    SMALL_INTEGER(Types.SMALLINT) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            short value = row.getShort(column);
            return row.wasNull() ? null : value;
        }
    },
    INTEGER(Types.INTEGER) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            int value = row.getInt(column);
            return row.wasNull() ? null : value;
        }
    },
    BIG_INTEGER(Types.BIGINT) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            long value = row.getLong(column);
            return row.wasNull() ? null : value;
        }
    },
    DOUBLE(Types.DOUBLE) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            double value = row.getDouble(column);
            return row.wasNull() ? null : value;
        }
    },
    DECIMAL(Types.NUMERIC) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getBigDecimal(column);
        }
    },
    DATE(Types.DATE) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }
    },
    TIME(Types.TIME) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalTime.class);
        }
    },
    TIMESTAMP(Types.TIMESTAMP) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalDateTime.class);
        }
    },
    /** The instant and its offset, never shifted through the JVM's time zone. */
    TIMESTAMP_WITH_TIME_ZONE(Types.TIMESTAMP_WITH_TIMEZONE) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, OffsetDateTime.class);
        }

        @Override
        void write(PreparedStatement insert, int parameter, Object value) throws SQLException {
            if (value == null) {
                // PostgreSQL's driver knows no TIMESTAMP_WITH_TIMEZONE code; an untyped null fits.
                insert.setNull(parameter, Types.NULL);
            } else {
                insert.setObject(parameter, value);
            }
        }
    },
    UUID_VALUE(Types.OTHER) {
        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, UUID.class);
        }

        @Override
        void write(PreparedStatement insert, int parameter, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(parameter, Types.NULL);
            } else {
                insert.setObject(parameter, value);
            }
        }
    };

    private final int nullType;

    ColumnKind(int nullType) {
        this.nullType = nullType;
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
    abstract Object read(ResultSet row, int column) throws SQLException;

    void write(PreparedStatement insert, int parameter, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(parameter, nullType);
        } else {
            insert.setObject(parameter, value);
        }
    }
}
