-- Dictum archive schema, version 5: the history of articles, statements, actors and topics
-- (Hibernate Envers audit tables). Portable between H2 2.x and PostgreSQL 13+; ${tiny_int} is
-- TINYINT on H2 and SMALLINT on PostgreSQL.
--
-- Each *_aud table holds one row per record and revision: the record's audited columns as they
-- were after that revision; revtype 0 = created, 1 = changed, 2 = deleted (the values before the
-- deletion). Revision 1 is reserved for the baseline below; the sequence starts after it and
-- hands out one number at a time, so that revision numbers follow the order of the changes.

CREATE SEQUENCE audit_revision_seq START WITH 2 INCREMENT BY 1;

CREATE TABLE audit_revision (
    id             BIGINT        NOT NULL PRIMARY KEY,
    changed_at_ms  BIGINT        NOT NULL,
    user_name      VARCHAR(200)  NOT NULL,
    reason         VARCHAR(1000)
);
CREATE INDEX ix_audit_revision_changed_at ON audit_revision (changed_at_ms);

CREATE TABLE article_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       ${tiny_int},
    url           VARCHAR(2048),
    title         VARCHAR(1000),
    byline        VARCHAR(500),
    published_at  TIMESTAMP WITH TIME ZONE,
    language      VARCHAR(16),
    source_id     BIGINT,
    content_type  VARCHAR(20),
    sha256        VARCHAR(64),
    ingested_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_article_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_article_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX ix_article_aud_rev ON article_aud (rev);

CREATE TABLE article_topic_aud (
    rev         BIGINT NOT NULL,
    revtype     ${tiny_int},
    article_id  BIGINT NOT NULL,
    topic_id    BIGINT NOT NULL,
    CONSTRAINT pk_article_topic_aud PRIMARY KEY (rev, article_id, topic_id),
    CONSTRAINT fk_article_topic_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE article_actor_aud (
    rev         BIGINT NOT NULL,
    revtype     ${tiny_int},
    article_id  BIGINT NOT NULL,
    actor_id    BIGINT NOT NULL,
    CONSTRAINT pk_article_actor_aud PRIMARY KEY (rev, article_id, actor_id),
    CONSTRAINT fk_article_actor_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE statement_aud (
    id                       BIGINT        NOT NULL,
    rev                      BIGINT        NOT NULL,
    revtype                  ${tiny_int},
    article_id               BIGINT,
    kind                     VARCHAR(30),
    speaker_mention          VARCHAR(500),
    speaker_id               BIGINT,
    cue                      VARCHAR(100),
    content                  ${long_text},
    span_start               INTEGER,
    span_end                 INTEGER,
    statement_date           DATE,
    statement_date_inferred  BOOLEAN,
    confidence               DOUBLE PRECISION,
    extractor_version        VARCHAR(100),
    status                   VARCHAR(20),
    CONSTRAINT pk_statement_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_statement_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX ix_statement_aud_rev ON statement_aud (rev);

CREATE TABLE statement_actor_aud (
    rev           BIGINT NOT NULL,
    revtype       ${tiny_int},
    statement_id  BIGINT NOT NULL,
    actor_id      BIGINT NOT NULL,
    CONSTRAINT pk_statement_actor_aud PRIMARY KEY (rev, statement_id, actor_id),
    CONSTRAINT fk_statement_actor_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE statement_topic_aud (
    rev           BIGINT NOT NULL,
    revtype       ${tiny_int},
    statement_id  BIGINT NOT NULL,
    topic_id      BIGINT NOT NULL,
    CONSTRAINT pk_statement_topic_aud PRIMARY KEY (rev, statement_id, topic_id),
    CONSTRAINT fk_statement_topic_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE actor_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         ${tiny_int},
    canonical_name  VARCHAR(300),
    type            VARCHAR(30),
    affiliation_id  BIGINT,
    status          VARCHAR(20),
    CONSTRAINT pk_actor_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_actor_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX ix_actor_aud_rev ON actor_aud (rev);

CREATE TABLE actor_alias_aud (
    rev       BIGINT       NOT NULL,
    revtype   ${tiny_int},
    actor_id  BIGINT       NOT NULL,
    alias     VARCHAR(300) NOT NULL,
    CONSTRAINT pk_actor_alias_aud PRIMARY KEY (rev, actor_id, alias),
    CONSTRAINT fk_actor_alias_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE topic_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     ${tiny_int},
    label       VARCHAR(200),
    code        VARCHAR(100),
    parent_id   BIGINT,
    scope_note  VARCHAR(2000),
    CONSTRAINT pk_topic_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_topic_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX ix_topic_aud_rev ON topic_aud (rev);

CREATE TABLE topic_alt_label_aud (
    rev        BIGINT       NOT NULL,
    revtype    ${tiny_int},
    topic_id   BIGINT       NOT NULL,
    alt_label  VARCHAR(200) NOT NULL,
    CONSTRAINT pk_topic_alt_label_aud PRIMARY KEY (rev, topic_id, alt_label),
    CONSTRAINT fk_topic_alt_label_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE topic_match_term_aud (
    rev       BIGINT       NOT NULL,
    revtype   ${tiny_int},
    topic_id  BIGINT       NOT NULL,
    term      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_topic_match_term_aud PRIMARY KEY (rev, topic_id, term),
    CONSTRAINT fk_topic_match_term_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Baseline: what an existing archive holds becomes revision 1, "created" by the system, so that
-- the first change a librarian makes has a "before" to show.
INSERT INTO audit_revision (id, changed_at_ms, user_name, reason)
SELECT 1, CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT), 'system', 'Archived before the history was kept'
WHERE EXISTS (SELECT 1 FROM article) OR EXISTS (SELECT 1 FROM actor) OR EXISTS (SELECT 1 FROM topic);

INSERT INTO article_aud (id, rev, revtype, url, title, byline, published_at, language, source_id, content_type, sha256, ingested_at)
SELECT id, 1, 0, url, title, byline, published_at, language, source_id, content_type, sha256, ingested_at FROM article;
INSERT INTO article_topic_aud (rev, revtype, article_id, topic_id) SELECT 1, 0, article_id, topic_id FROM article_topic;
INSERT INTO article_actor_aud (rev, revtype, article_id, actor_id) SELECT 1, 0, article_id, actor_id FROM article_actor;
INSERT INTO statement_aud (id, rev, revtype, article_id, kind, speaker_mention, speaker_id, cue, content, span_start, span_end,
                           statement_date, statement_date_inferred, confidence, extractor_version, status)
SELECT id, 1, 0, article_id, kind, speaker_mention, speaker_id, cue, content, span_start, span_end,
       statement_date, statement_date_inferred, confidence, extractor_version, status FROM statement;
INSERT INTO statement_actor_aud (rev, revtype, statement_id, actor_id) SELECT 1, 0, statement_id, actor_id FROM statement_actor;
INSERT INTO statement_topic_aud (rev, revtype, statement_id, topic_id) SELECT 1, 0, statement_id, topic_id FROM statement_topic;
INSERT INTO actor_aud (id, rev, revtype, canonical_name, type, affiliation_id, status)
SELECT id, 1, 0, canonical_name, type, affiliation_id, status FROM actor;
INSERT INTO actor_alias_aud (rev, revtype, actor_id, alias) SELECT 1, 0, actor_id, alias FROM actor_alias;
INSERT INTO topic_aud (id, rev, revtype, label, code, parent_id, scope_note)
SELECT id, 1, 0, label, code, parent_id, scope_note FROM topic;
INSERT INTO topic_alt_label_aud (rev, revtype, topic_id, alt_label) SELECT 1, 0, topic_id, alt_label FROM topic_alt_label;
INSERT INTO topic_match_term_aud (rev, revtype, topic_id, term) SELECT 1, 0, topic_id, term FROM topic_match_term;
