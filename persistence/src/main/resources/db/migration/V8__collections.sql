-- Collections: named sets of articles and statements that librarians curate, public or private to
-- their owner, with their audit tables (conventions of V5: one *_aud row per record and revision,
-- revtype 0 = created, 1 = changed, 2 = deleted). Portable between H2 2.x and PostgreSQL 13+.
--
-- Membership rows go with a deleted statement or article (ON DELETE CASCADE): re-extraction replaces
-- machine statements, and a statement that no longer exists cannot stay a member. Its revisions in
-- collection_statement_aud stay.

CREATE SEQUENCE collection_seq START WITH 1 INCREMENT BY 20;

CREATE TABLE collection (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    slug         VARCHAR(100)             NOT NULL,
    title        VARCHAR(200)             NOT NULL,
    description  VARCHAR(4000),
    visibility   VARCHAR(20)              NOT NULL,
    owner        VARCHAR(100)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT uq_collection_slug UNIQUE (slug)
);

CREATE TABLE collection_article (
    collection_id  BIGINT NOT NULL,
    article_id     BIGINT NOT NULL,
    CONSTRAINT pk_collection_article PRIMARY KEY (collection_id, article_id),
    CONSTRAINT fk_collection_article_collection FOREIGN KEY (collection_id) REFERENCES collection (id) ON DELETE CASCADE,
    CONSTRAINT fk_collection_article_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX ix_collection_article_article ON collection_article (article_id);

CREATE TABLE collection_statement (
    collection_id  BIGINT NOT NULL,
    statement_id   BIGINT NOT NULL,
    CONSTRAINT pk_collection_statement PRIMARY KEY (collection_id, statement_id),
    CONSTRAINT fk_collection_statement_collection FOREIGN KEY (collection_id) REFERENCES collection (id) ON DELETE CASCADE,
    CONSTRAINT fk_collection_statement_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE
);
CREATE INDEX ix_collection_statement_statement ON collection_statement (statement_id);

CREATE TABLE collection_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL,
    revtype      ${tiny_int},
    slug         VARCHAR(100),
    title        VARCHAR(200),
    description  VARCHAR(4000),
    visibility   VARCHAR(20),
    owner        VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_collection_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_collection_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX ix_collection_aud_rev ON collection_aud (rev);
CREATE INDEX ix_collection_aud_slug ON collection_aud (slug);

CREATE TABLE collection_article_aud (
    rev            BIGINT NOT NULL,
    revtype        ${tiny_int},
    collection_id  BIGINT NOT NULL,
    article_id     BIGINT NOT NULL,
    CONSTRAINT pk_collection_article_aud PRIMARY KEY (rev, collection_id, article_id),
    CONSTRAINT fk_collection_article_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE collection_statement_aud (
    rev            BIGINT NOT NULL,
    revtype        ${tiny_int},
    collection_id  BIGINT NOT NULL,
    statement_id   BIGINT NOT NULL,
    CONSTRAINT pk_collection_statement_aud PRIMARY KEY (rev, collection_id, statement_id),
    CONSTRAINT fk_collection_statement_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
