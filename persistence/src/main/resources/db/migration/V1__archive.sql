-- Dictum archive schema, version 1. Portable between H2 2.x and PostgreSQL 13+;
-- ${long_text} is CHARACTER LARGE OBJECT on H2 and TEXT on PostgreSQL.

CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 20;
CREATE SEQUENCE topic_seq START WITH 1 INCREMENT BY 20;
CREATE SEQUENCE actor_seq START WITH 1 INCREMENT BY 20;
CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 20;
CREATE SEQUENCE statement_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE source (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    domain      VARCHAR(253),
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_source_name UNIQUE (name)
);

CREATE TABLE topic (
    id          BIGINT       NOT NULL PRIMARY KEY,
    label       VARCHAR(200) NOT NULL,
    parent_id   BIGINT,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_topic_label UNIQUE (label),
    CONSTRAINT fk_topic_parent FOREIGN KEY (parent_id) REFERENCES topic (id)
);

CREATE TABLE actor (
    id              BIGINT       NOT NULL PRIMARY KEY,
    canonical_name  VARCHAR(300) NOT NULL,
    type            VARCHAR(30)  NOT NULL,
    affiliation_id  BIGINT,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_actor_canonical_name UNIQUE (canonical_name),
    CONSTRAINT fk_actor_affiliation FOREIGN KEY (affiliation_id) REFERENCES actor (id)
);

CREATE TABLE actor_alias (
    actor_id    BIGINT       NOT NULL,
    alias       VARCHAR(300) NOT NULL,
    CONSTRAINT pk_actor_alias PRIMARY KEY (actor_id, alias),
    CONSTRAINT fk_actor_alias_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
);

CREATE TABLE article (
    id                BIGINT        NOT NULL PRIMARY KEY,
    url               VARCHAR(2048),
    title             VARCHAR(1000),
    byline            VARCHAR(500),
    published_at      TIMESTAMP WITH TIME ZONE,
    language          VARCHAR(16),
    source_id         BIGINT,
    original_content  ${long_text}  NOT NULL,
    content_type      VARCHAR(20)   NOT NULL,
    main_text         ${long_text}  NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    ingested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_article_sha256 UNIQUE (sha256),
    CONSTRAINT fk_article_source FOREIGN KEY (source_id) REFERENCES source (id)
);
CREATE INDEX ix_article_published_at ON article (published_at);

CREATE TABLE article_topic (
    article_id  BIGINT NOT NULL,
    topic_id    BIGINT NOT NULL,
    CONSTRAINT pk_article_topic PRIMARY KEY (article_id, topic_id),
    CONSTRAINT fk_article_topic_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);

CREATE TABLE article_actor (
    article_id  BIGINT NOT NULL,
    actor_id    BIGINT NOT NULL,
    CONSTRAINT pk_article_actor PRIMARY KEY (article_id, actor_id),
    CONSTRAINT fk_article_actor_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_actor_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
);

CREATE TABLE statement (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    article_id               BIGINT        NOT NULL,
    kind                     VARCHAR(30)   NOT NULL,
    speaker_mention          VARCHAR(500),
    speaker_id               BIGINT,
    cue                      VARCHAR(100),
    content                  ${long_text}  NOT NULL,
    span_start               INTEGER       NOT NULL,
    span_end                 INTEGER       NOT NULL,
    statement_date           DATE,
    statement_date_inferred  BOOLEAN       NOT NULL,
    confidence               DOUBLE PRECISION NOT NULL,
    extractor_version        VARCHAR(100),
    status                   VARCHAR(20)   NOT NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT fk_statement_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_statement_speaker FOREIGN KEY (speaker_id) REFERENCES actor (id),
    CONSTRAINT ck_statement_span CHECK (span_start >= 0 AND span_end >= span_start),
    CONSTRAINT ck_statement_confidence CHECK (confidence >= 0 AND confidence <= 1)
);
CREATE INDEX ix_statement_article ON statement (article_id);
CREATE INDEX ix_statement_speaker ON statement (speaker_id);

CREATE TABLE statement_actor (
    statement_id  BIGINT NOT NULL,
    actor_id      BIGINT NOT NULL,
    CONSTRAINT pk_statement_actor PRIMARY KEY (statement_id, actor_id),
    CONSTRAINT fk_statement_actor_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT fk_statement_actor_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
);

CREATE TABLE statement_topic (
    statement_id  BIGINT NOT NULL,
    topic_id      BIGINT NOT NULL,
    CONSTRAINT pk_statement_topic PRIMARY KEY (statement_id, topic_id),
    CONSTRAINT fk_statement_topic_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT fk_statement_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);
