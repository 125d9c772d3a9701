package org.dictum.bench.tools.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import org.junit.jupiter.api.Test;

class ColumnKindTest {

    @Test
    void large_texts_of_either_database_are_copied_as_strings() {
        assertThat(ColumnKind.of(Types.CLOB, "CHARACTER LARGE OBJECT")).isEqualTo(ColumnKind.TEXT);
        assertThat(ColumnKind.of(Types.VARCHAR, "text")).isEqualTo(ColumnKind.TEXT);
        assertThat(ColumnKind.of(Types.CHAR, "CHARACTER")).isEqualTo(ColumnKind.TEXT);
    }

    @Test
    void binary_columns_of_either_database_are_copied_as_bytes() {
        assertThat(ColumnKind.of(Types.VARBINARY, "BINARY VARYING")).isEqualTo(ColumnKind.BINARY);
        assertThat(ColumnKind.of(Types.BINARY, "bytea")).isEqualTo(ColumnKind.BINARY);
        assertThat(ColumnKind.of(Types.BLOB, "BINARY LARGE OBJECT")).isEqualTo(ColumnKind.BINARY);
    }

    @Test
    void timestamps_with_time_zone_are_recognised_by_name_where_postgresql_reports_plain_timestamp() {
        assertThat(ColumnKind.of(Types.TIMESTAMP, "timestamptz")).isEqualTo(ColumnKind.TIMESTAMP_WITH_TIME_ZONE);
        assertThat(ColumnKind.of(Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE"))
                .isEqualTo(ColumnKind.TIMESTAMP_WITH_TIME_ZONE);
        assertThat(ColumnKind.of(Types.TIMESTAMP, "timestamp")).isEqualTo(ColumnKind.TIMESTAMP);
    }

    @Test
    void uuids_are_recognised_by_name_where_h2_reports_binary() {
        assertThat(ColumnKind.of(Types.BINARY, "UUID")).isEqualTo(ColumnKind.UUID_VALUE);
        assertThat(ColumnKind.of(Types.OTHER, "uuid")).isEqualTo(ColumnKind.UUID_VALUE);
    }

    @Test
    void booleans_numbers_and_dates_keep_their_kind() {
        assertThat(ColumnKind.of(Types.BOOLEAN, "BOOLEAN")).isEqualTo(ColumnKind.BOOLEAN);
        assertThat(ColumnKind.of(Types.BIT, "bool")).isEqualTo(ColumnKind.BOOLEAN);
        assertThat(ColumnKind.of(Types.TINYINT, "TINYINT")).isEqualTo(ColumnKind.SMALL_INTEGER);
        assertThat(ColumnKind.of(Types.SMALLINT, "int2")).isEqualTo(ColumnKind.SMALL_INTEGER);
        assertThat(ColumnKind.of(Types.INTEGER, "int4")).isEqualTo(ColumnKind.INTEGER);
        assertThat(ColumnKind.of(Types.BIGINT, "BIGINT")).isEqualTo(ColumnKind.BIG_INTEGER);
        assertThat(ColumnKind.of(Types.DOUBLE, "float8")).isEqualTo(ColumnKind.DOUBLE);
        assertThat(ColumnKind.of(Types.DATE, "DATE")).isEqualTo(ColumnKind.DATE);
    }

    @Test
    void an_unknown_type_is_refused_rather_than_copied_approximately() {
        assertThatThrownBy(() -> ColumnKind.of(Types.ARRAY, "_int4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("_int4");
    }
}
