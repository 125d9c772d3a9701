-- Bulk imports (docs/IMPORT.md): one row per import with its progress, and the records it could not
-- store. The batch runtime keeps its own job repository (JBeret's tables, created by JBeret on the
-- same datasource); these tables are what users see, and their position is committed with each chunk.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE import_failure_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_job (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    started_by          VARCHAR(64)   NOT NULL,
    source              VARCHAR(500)  NOT NULL,
    format              VARCHAR(10)   NOT NULL,
    field_mapping       VARCHAR(2000),
    input_path          VARCHAR(1000) NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    batch_execution_id  BIGINT,
    total_records       BIGINT,
    records_read        BIGINT        NOT NULL,
    records_stored      BIGINT        NOT NULL,
    records_skipped     BIGINT        NOT NULL,
    records_failed      BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE,
    run_started_at      TIMESTAMP WITH TIME ZONE,
    run_start_position  BIGINT        NOT NULL,
    last_error          VARCHAR(2000),
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_import_job_status ON import_job (status);

CREATE TABLE import_failure (
    id             BIGINT        NOT NULL PRIMARY KEY,
    import_id      BIGINT        NOT NULL,
    record_number  BIGINT        NOT NULL,
    locator        VARCHAR(1000) NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_import_failure_job FOREIGN KEY (import_id) REFERENCES import_job (id)
);
CREATE INDEX ix_import_failure_job ON import_failure (import_id, record_number);

-- Imports skip records whose URL is already archived.
CREATE INDEX ix_article_url ON article (url);
