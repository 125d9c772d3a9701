package org.dictum.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Migration V15 gives Hibernate Search's outbox-polling coordination the tables it writes to, with
 * the statements Hibernate issues for them (column lists as logged by Hibernate Search 7.2 on
 * PostgreSQL): an event and an agent round-trip with their UUIDs, timestamps and binary payloads.
 */
class SearchOutboxMigrationTest {

    @Test
    void outbox_event_round_trips_as_hibernate_search_writes_it() throws SQLException {
        String url = "jdbc:h2:mem:outbox-event;DB_CLOSE_DELAY=-1";
        MigratedH2.migrate(url);
        UUID id = UUID.randomUUID();
        byte[] payload = new byte[4096];
        payload[4095] = 42;
        OffsetDateTime processAfter = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (PreparedStatement insert = connection.prepareStatement("insert into HSEARCH_OUTBOX_EVENT "
                    + "(entityId,entityIdHash,entityName,payload,processAfter,retries,status,tenantId,id) values (?,?,?,?,?,?,?,?,?)")) {
                insert.setString(1, "17");
                insert.setInt(2, -123456);
                insert.setString(3, "Statement");
                insert.setBytes(4, payload);
                insert.setObject(5, processAfter);
                insert.setInt(6, 0);
                insert.setString(7, "PENDING");
                insert.setString(8, null);
                insert.setObject(9, id);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select entityIdHash, payload, processAfter, status from HSEARCH_OUTBOX_EVENT where id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getInt(1)).isEqualTo(-123456);
                    assertThat(row.getBytes(2)).isEqualTo(payload);
                    assertThat(row.getObject(3, OffsetDateTime.class)).isEqualTo(processAfter);
                    assertThat(row.getString(4)).isEqualTo("PENDING");
                }
            }
        }
    }

    @Test
    void agent_round_trips_without_shards_or_payload() throws SQLException {
        String url = "jdbc:h2:mem:outbox-agent;DB_CLOSE_DELAY=-1";
        MigratedH2.migrate(url);
        UUID id = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (PreparedStatement insert = connection.prepareStatement("insert into HSEARCH_AGENT "
                    + "(assignedShardIndex,expiration,name,payload,state,tenantId,totalShardCount,type,id) values (?,?,?,?,?,?,?,?,?)")) {
                insert.setObject(1, null);
                insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(3, "Outbox event processor");
                insert.setBytes(4, null);
                insert.setString(5, "SUSPENDED");
                insert.setString(6, null);
                insert.setObject(7, null);
                insert.setString(8, "EVENT_PROCESSING_DYNAMIC_SHARDING");
                insert.setObject(9, id);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("select type, state from HSEARCH_AGENT where id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("EVENT_PROCESSING_DYNAMIC_SHARDING");
                    assertThat(row.getString(2)).isEqualTo("SUSPENDED");
                }
            }
        }
    }
}
