-- Saved searches (docs/API.md, "Saved searches"): a user's named search, and once frozen its
-- persistent identifier and the ordered ids of the results it had then. Portable between H2 2.x
-- and PostgreSQL 13+; ${tiny_int} as in V5.
CREATE SEQUENCE saved_search_seq START WITH 1 INCREMENT BY 20;

CREATE TABLE saved_search (
    id            BIGINT        NOT NULL PRIMARY KEY,
    owner_id      BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    target        VARCHAR(20)   NOT NULL,
    query_string  VARCHAR(4000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    public_id     VARCHAR(36),
    frozen_at     TIMESTAMP WITH TIME ZONE,
    frozen_total  BIGINT,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_saved_search_public_id UNIQUE (public_id),
    CONSTRAINT fk_saved_search_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);
CREATE INDEX ix_saved_search_owner ON saved_search (owner_id);

-- The recorded results of a frozen search: one row per result, by rank (0-based). No foreign key
-- to statement or article: a result deleted since stays listed (as deleted), never silently dropped.
CREATE TABLE saved_search_result (
    saved_search_id  BIGINT  NOT NULL,
    result_rank      INTEGER NOT NULL,
    record_id        BIGINT  NOT NULL,
    CONSTRAINT pk_saved_search_result PRIMARY KEY (saved_search_id, result_rank),
    CONSTRAINT fk_saved_search_result_search FOREIGN KEY (saved_search_id) REFERENCES saved_search (id) ON DELETE CASCADE
);

CREATE TABLE saved_search_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       ${tiny_int},
    owner_id      BIGINT,
    name          VARCHAR(200),
    target        VARCHAR(20),
    query_string  VARCHAR(4000),
    created_at    TIMESTAMP WITH TIME ZONE,
    public_id     VARCHAR(36),
    frozen_at     TIMESTAMP WITH TIME ZONE,
    frozen_total  BIGINT,
    CONSTRAINT pk_saved_search_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_saved_search_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX ix_saved_search_aud_rev ON saved_search_aud (rev);
