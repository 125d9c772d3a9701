-- Hibernate Search's outbox-polling coordination (several nodes: docs/DEPLOYMENT.md). Each change
-- to an indexed record writes an event into HSEARCH_OUTBOX_EVENT in the transaction that changes
-- the record; the nodes' event processors (registered in HSEARCH_AGENT) apply the events to the
-- search index and delete them. Unused, and empty, while dictum.search.coordination=none.
-- Columns as Hibernate ORM generates them for Hibernate Search 7.2's mapping of these tables
-- (UUID identifiers, enum names as strings, the Avro-encoded payload as bytes), without its CHECK
-- constraints on the enum columns, so that a later Hibernate Search may add states. Unquoted names,
-- as Hibernate Search uses them (PostgreSQL folds them to lower case, H2 to upper case).
CREATE TABLE HSEARCH_OUTBOX_EVENT (
    id           UUID                     NOT NULL PRIMARY KEY,
    entityName   VARCHAR(256)             NOT NULL,
    entityId     VARCHAR(256)             NOT NULL,
    entityIdHash INTEGER                  NOT NULL,
    payload      ${binary}                NOT NULL,
    retries      INTEGER                  NOT NULL,
    processAfter TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status       VARCHAR(255)             NOT NULL,
    tenantId     VARCHAR(255)
);
CREATE INDEX hsearch_outbox_event_entity_id_hash ON HSEARCH_OUTBOX_EVENT (entityIdHash);
CREATE INDEX hsearch_outbox_event_status ON HSEARCH_OUTBOX_EVENT (status);
CREATE INDEX hsearch_outbox_event_process_after ON HSEARCH_OUTBOX_EVENT (processAfter);

CREATE TABLE HSEARCH_AGENT (
    id                 UUID                     NOT NULL PRIMARY KEY,
    type               VARCHAR(255)             NOT NULL,
    name               VARCHAR(255)             NOT NULL,
    expiration         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state              VARCHAR(255)             NOT NULL,
    totalShardCount    INTEGER,
    assignedShardIndex INTEGER,
    payload            ${binary},
    tenantId           VARCHAR(255)
);
